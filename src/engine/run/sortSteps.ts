/**
 * A stable sort as a generator that pauses every `per` elements moved, for
 * lists long enough that one native sort would hold an editor's thread (a
 * bottom-up merge sort: n·log n moves in all; a pause may fall inside a merge).
 */
export function* sortSteps<T>(items: T[], compare: (a: T, b: T) => number, per = 50_000): Generator<void, T[]> {
  let from = items.slice();
  let to = new Array<T>(from.length);
  let moved = 0;
  for (let width = 1; width < from.length; width *= 2) {
    for (let lo = 0; lo < from.length; lo += 2 * width) {
      const mid = Math.min(lo + width, from.length);
      const hi = Math.min(lo + 2 * width, from.length);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++) {
        to[k] = j >= hi || (i < mid && compare(from[j], from[i]) >= 0) ? from[i++] : from[j++];
        if (++moved >= per) {
          moved = 0;
          yield;
        }
      }
    }
    [from, to] = [to, from];
  }
  return from;
}
