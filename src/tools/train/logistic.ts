/** An example for the confidence model: its feature names and whether it was right. */
export interface Sample { features: string[]; label: number }

export interface Logistic {
  bias: number;
  weights: Record<string, number>;
  score(features: string[]): number;
}

/**
 * L2-regularised logistic regression by full-batch gradient descent with
 * AdaGrad steps; features seen fewer than `minCount` times get no weight.
 */
export function fitLogistic(samples: Sample[], { iterations = 400, l2 = 1e-3, rate = 0.5, minCount = 3 } = {}): Logistic {
  const counts = new Map<string, number>();
  for (const s of samples) for (const f of s.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of counts) if (n >= minCount) index.set(f, index.size);
  const rows = samples.map((s) => ({ x: s.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined), y: s.label }));
  const w = new Float64Array(index.size + 1); // the last is the bias
  const g2 = new Float64Array(index.size + 1).fill(1e-8);
  const bias = index.size;
  for (let it = 0; it < iterations; it++) {
    const grad = new Float64Array(index.size + 1);
    for (const r of rows) {
      let z = w[bias];
      for (const i of r.x) z += w[i];
      const err = 1 / (1 + Math.exp(-z)) - r.y;
      grad[bias] += err;
      for (const i of r.x) grad[i] += err;
    }
    for (let i = 0; i <= index.size; i++) {
      const g = grad[i] / rows.length + (i === bias ? 0 : l2 * w[i]);
      g2[i] += g * g;
      w[i] -= (rate * g) / Math.sqrt(g2[i]);
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, i] of index) weights[f] = w[i];
  return { bias: w[bias], weights, score: (features) => features.reduce((z, f) => z + (weights[f] ?? 0), w[bias]) };
}

/**
 * A monotone map from raw scores to probabilities (pool-adjacent-violators),
 * with blocks of at least `minBlock` samples; applied by linear interpolation.
 */
export function isotonic(points: { z: number; label: number }[], minBlock = 100): { points: { x: number[]; y: number[] }; apply(z: number): number } {
  const sorted = [...points].sort((a, b) => a.z - b.z);
  // Start from blocks of minBlock samples, then pool neighbours while the order is violated.
  const blocks: { sum: number; n: number; zSum: number }[] = [];
  for (let i = 0; i < sorted.length; i += minBlock) {
    const part = sorted.slice(i, i + minBlock);
    blocks.push({ sum: part.reduce((s, p) => s + p.label, 0), n: part.length, zSum: part.reduce((s, p) => s + p.z, 0) });
  }
  const stack: typeof blocks = [];
  for (const b of blocks) {
    stack.push({ ...b });
    while (stack.length > 1 && stack[stack.length - 2].sum / stack[stack.length - 2].n >= stack[stack.length - 1].sum / stack[stack.length - 1].n) {
      const top = stack.pop()!;
      const prev = stack[stack.length - 1];
      prev.sum += top.sum; prev.n += top.n; prev.zSum += top.zSum;
    }
  }
  const x = stack.map((b) => Math.round((b.zSum / b.n) * 1e4) / 1e4);
  const y = stack.map((b) => Math.round((b.sum / b.n) * 1e4) / 1e4);
  const apply = (z: number) => {
    if (z <= x[0]) return y[0];
    if (z >= x[x.length - 1]) return y[y.length - 1];
    let i = 1;
    while (x[i] < z) i++;
    const t = (z - x[i - 1]) / (x[i] - x[i - 1] || 1);
    return y[i - 1] + t * (y[i] - y[i - 1]);
  };
  return { points: { x, y }, apply };
}
