import fc from 'fast-check';

/** Pieces news text is made of, and the ones that have broken parsers: quote marks, line ends of every kind, astral and combining characters. */
const PIECES = [
  'said', 'says', 'told', 'according to', 'denied', 'claim', 'he', 'she', 'they', 'it', 'Mayor Elena Varga', 'Nasser Kanani', 'officials',
  'a source', 'the ministry', 'interview with', 'A:', 'Q:', ', who', '@CityDesk', '’s', "'s", 'that', 'the', 'plan', '3.5 million', '2026', 'more than', 'will', ' ', ' ', '  ', ',', '.', '. ', '?',
  '!', ':', ';', '—', '–', '―', '“', '”', '"', '‘', '’', "'", '«', '»', '„', "''", '’’', '‘‘', '``', '(', ')', '\n', '\n\n', '\r\n', '\r', '\u2029', '\u2028', '\t',
  '\u00a0', '😀', 'e\u0301', '\ud800', '\udc00', '\u0000', 'U.S.', 'Mr.', '...', '…', '#', '*', '[x](y)', '<b>',
];

/** A text of news-like pieces and arbitrary strings mixed. */
export const newsText = (maxPieces = 120): fc.Arbitrary<string> =>
  fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }), { maxLength: maxPieces })
    .map((parts) => parts.join(' ').replace(/ {3,}/g, ' '));

/** One piece repeated many times, in one paragraph: the shape of the hostile texts. */
export const repeatedText: fc.Arbitrary<string> = fc.tuple(newsText(8), fc.integer({ min: 50, max: 1200 }))
  .map(([piece, n]) => piece.repeat(Math.max(1, Math.floor(n / Math.max(1, piece.length / 20)))).slice(0, 12_000));

/** An edit: where (a fraction of the length), how much to delete, what to insert. */
export const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(12), insert: newsText(4) });

export function applyEdit(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.min(text.length, Math.floor(e.at * text.length));
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}
