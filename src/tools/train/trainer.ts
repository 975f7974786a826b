import { featureRow, viterbi, type FeatureMatrix, type PerceptronModel } from '../../engine/training';

/** One training sequence: features and gold tags per token. */
export interface Example {
  features: FeatureMatrix;
  gold: string[];
}

export interface Encoded {
  rows: Int32Array[];
  gold: Int32Array;
}

/**
 * Averaged structured perceptron training (lazy averaging) over hashed
 * features, so that the trained weights are exactly what the run-time table holds.
 */
export class PerceptronTrainer {
  private readonly w: Float64Array;
  private readonly total: Float64Array;
  private readonly stamp: Float64Array;
  private readonly trans: Float64Array;
  private readonly transTotal: Float64Array;
  private readonly transStamp: Float64Array;
  private clock = 0;
  private readonly k: number;

  constructor(readonly tags: string[], readonly bits: number) {
    this.k = tags.length;
    const size = (1 << bits) * this.k;
    this.w = new Float64Array(size);
    this.total = new Float64Array(size);
    this.stamp = new Float64Array(size);
    this.trans = new Float64Array((this.k + 1) * this.k);
    this.transTotal = new Float64Array(this.trans.length);
    this.transStamp = new Float64Array(this.trans.length);
  }

  encode(ex: Example): Encoded {
    return {
      rows: Array.from({ length: ex.features.length }, (_, i) =>
        Int32Array.from(ex.features.data.subarray(i * ex.features.width, (i + 1) * ex.features.width), (f) => featureRow(f, this.bits))),
      gold: Int32Array.from(ex.gold, (g) => {
        const t = this.tags.indexOf(g);
        if (t < 0) throw new Error(`unknown tag ${g}`);
        return t;
      }),
    };
  }

  /** One pass over the data in the given order; returns the number of token errors. */
  epoch(data: Encoded[], order: number[]): number {
    let errors = 0;
    const k = this.k;
    for (const n of order) {
      const { rows, gold } = data[n];
      this.clock++;
      const em = new Float64Array(rows.length * k);
      rows.forEach((fs, i) => {
        for (let j = 0; j < fs.length; j++) {
          const base = fs[j] * k;
          for (let t = 0; t < k; t++) em[i * k + t] += this.w[base + t];
        }
      });
      const pred = viterbi(this.tags, em, this.trans);
      let wrong = false;
      for (let i = 0; i < gold.length; i++) if (pred[i] !== gold[i]) { wrong = true; errors++; }
      if (!wrong) continue;
      for (let i = 0; i < gold.length; i++) {
        const g = gold[i];
        const p = pred[i];
        const gp = i === 0 ? 0 : gold[i - 1] + 1;
        const pp = i === 0 ? 0 : pred[i - 1] + 1;
        if (g !== p) {
          for (const f of rows[i]) {
            this.bump(this.w, this.total, this.stamp, f * k + g, 1);
            this.bump(this.w, this.total, this.stamp, f * k + p, -1);
          }
        }
        if (g !== p || gp !== pp) {
          this.bump(this.trans, this.transTotal, this.transStamp, gp * k + g, 1);
          this.bump(this.trans, this.transTotal, this.transStamp, pp * k + p, -1);
        }
      }
    }
    return errors;
  }

  private bump(w: Float64Array, total: Float64Array, stamp: Float64Array, i: number, d: number): void {
    total[i] += (this.clock - stamp[i]) * w[i];
    stamp[i] = this.clock;
    w[i] += d;
  }

  private averaged(w: Float64Array, total: Float64Array, stamp: Float64Array): Float64Array {
    const c = Math.max(1, this.clock);
    return w.map((v, i) => (total[i] + (this.clock - stamp[i]) * v) / c);
  }

  /**
   * Averaged weights quantised to 8 bits on a logarithmic scale: 127 levels
   * from the largest weight down to a thousandth of it, so that both the large
   * bias-like weights and the many small ones keep about 3% precision.
   */
  model(): PerceptronModel {
    const avg = this.averaged(this.w, this.total, this.stamp);
    let max = 0;
    for (const v of avg) max = Math.max(max, Math.abs(v));
    const lo = (max || 1) / 1000;
    const step = Math.log(1000) / 126;
    const weights = Int8Array.from(avg, (v) => {
      const a = Math.abs(v);
      if (a < lo / 2) return 0;
      const j = Math.max(0, Math.min(126, Math.round(Math.log(a / lo) / step)));
      return Math.sign(v) * (j + 1);
    });
    const transitions = Array.from(this.averaged(this.trans, this.transTotal, this.transStamp), (v) => Math.round(v * 1000) / 1000);
    return { tags: this.tags, bits: this.bits, low: lo, step, transitions, weights };
  }
}
