// Median and max of a run's measures.
import { summarize } from '../../../src/cli/bench/summarize';

describe('summarize', () => {
  test.each([
    { values: [], median: 0, max: 0 },
    { values: [7], median: 7, max: 7 },
    { values: [3, 1, 2], median: 2, max: 3 },
    { values: [3, 1, 2, 10], median: 2.5, max: 10 },
    { values: [21, 21, 24, 21], median: 21, max: 24 },
  ])('gives median $median and max $max for $values', ({ values, median, max }) => {
    expect(summarize(values)).toEqual({ median, max });
  });

  test('leaves its input in order', () => {
    const values = [3, 1, 2];
    summarize(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
