/** The confidence model's shape (classify/confidence.ts reads it, model/confidenceModel.ts holds the trained one). */
export interface ConfidenceModel {
  bias: number;
  weights: Record<string, number>;
  /** Raw scores (increasing) and the calibrated probability at each; linear between them. */
  calibration: { x: number[]; y: number[] };
}
