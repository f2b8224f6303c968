// Median and max of a list of measures: how the benchmark sums up one submission's cost.
export interface Summary {
  median: number;
  max: number;
}

/**
 * The median (the mean of the two middle values for an even count) and the max; zeros when empty.
 * @example summarize([3, 1, 2, 10]) // { median: 2.5, max: 10 }
 */
export function summarize(values: number[]): Summary {
  if (values.length === 0) return { median: 0, max: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, max: sorted[sorted.length - 1] };
}
