/** A reliability table: claims in ten bins of confidence, how many were right in each, and the expected calibration error. */
export interface ReliabilityBin { from: number; to: number; n: number; meanConfidence: number; accuracy: number }

export function reliability(items: { p: number; correct: boolean }[]): { bins: ReliabilityBin[]; ece: number; topHalf: number; bottomHalf: number } {
  const bins: ReliabilityBin[] = [];
  let ece = 0;
  for (let b = 0; b < 10; b++) {
    const inBin = items.filter((i) => (b === 9 ? i.p >= 0.9 : i.p >= b / 10 && i.p < (b + 1) / 10));
    const n = inBin.length;
    const meanConfidence = n ? inBin.reduce((s, i) => s + i.p, 0) / n : 0;
    const accuracy = n ? inBin.filter((i) => i.correct).length / n : 0;
    ece += (n / Math.max(1, items.length)) * Math.abs(accuracy - meanConfidence);
    bins.push({ from: b / 10, to: (b + 1) / 10, n, meanConfidence, accuracy });
  }
  // Precision of the most and the least confident halves.
  const sorted = [...items].sort((a, b) => b.p - a.p);
  const half = Math.floor(sorted.length / 2);
  const precision = (xs: typeof items) => (xs.length ? xs.filter((i) => i.correct).length / xs.length : 0);
  return { bins, ece, topHalf: precision(sorted.slice(0, half)), bottomHalf: precision(sorted.slice(half)) };
}
