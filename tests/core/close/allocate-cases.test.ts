import fc from 'fast-check';
import { type CaseRequest, allocateCases } from '../../../src/core/close/allocate-cases';

const req = (key: string, queue: number, quantity: number, tolerance = 0): CaseRequest => ({ key, queue, quantity, tolerance });

describe('allocateCases — Foodsoft worked examples (case of 6)', () => {
  test('tolerance completes a second case: A 2 (tol 3), B 3, C 2 (tol 2) → A 5, B 3, C 4', () => {
    const result = allocateCases({
      caseSize: 6, step: 1, stock: null, policy: 'automatic',
      requests: [req('A', 1, 2, 3), req('B', 2, 3), req('C', 3, 2, 2)],
    });
    expect(result).toEqual({ cases: 2, units: 12, allocations: { A: 5, B: 3, C: 4 }, shortfall: 0 });
  });

  test('tolerance too small to complete the second case: A 2 (tol 1), B 3, C 2 (tol 2) → one case, C is cut to 1', () => {
    const result = allocateCases({
      caseSize: 6, step: 1, stock: null, policy: 'automatic',
      requests: [req('A', 1, 2, 1), req('B', 2, 3), req('C', 3, 2, 2)],
    });
    expect(result).toEqual({ cases: 1, units: 6, allocations: { A: 2, B: 3, C: 1 }, shortfall: 5 });
  });
});

interface Row {
  title: string;
  caseSize: number | null;
  step: number;
  stock: number | null;
  policy: 'automatic' | 'manual';
  requests: CaseRequest[];
  cases: number;
  units: number;
  allocations: Record<string, number>;
  shortfall: number;
}

const rows: Row[] = [
  { title: 'without a case size, everyone gets their firm quantity', caseSize: null, step: 1, stock: null, policy: 'automatic',
    requests: [req('A', 1, 3, 2), req('B', 2, 5)], cases: 0, units: 8, allocations: { A: 3, B: 5 }, shortfall: 0 },
  { title: 'firm quantities making exact full cases are kept and tolerance is not used', caseSize: 6, step: 1, stock: null, policy: 'automatic',
    requests: [req('A', 1, 4, 5), req('B', 2, 8, 5)], cases: 2, units: 12, allocations: { A: 4, B: 8 }, shortfall: 0 },
  { title: 'tolerance fills the last case in queue order, the earliest first', caseSize: 6, step: 1, stock: null, policy: 'automatic',
    requests: [req('A', 1, 1, 1), req('B', 2, 1, 2), req('C', 3, 1, 2)], cases: 1, units: 6, allocations: { A: 2, B: 3, C: 1 }, shortfall: 0 },
  { title: 'tolerance short: the remainder is cut from the latest in the queue, across several members', caseSize: 6, step: 1, stock: null, policy: 'automatic',
    requests: [req('A', 1, 5), req('B', 2, 2), req('C', 3, 2, 1)], cases: 1, units: 6, allocations: { A: 5, B: 1, C: 0 }, shortfall: 3 },
  { title: 'nothing reaches one case and tolerance cannot help: everything is cut', caseSize: 6, step: 1, stock: null, policy: 'automatic',
    requests: [req('A', 1, 2, 1), req('B', 2, 1)], cases: 0, units: 0, allocations: { A: 0, B: 0 }, shortfall: 3 },
  { title: 'stock caps firm quantities in queue order', caseSize: null, step: 1, stock: 5, policy: 'automatic',
    requests: [req('A', 1, 3), req('B', 2, 3), req('C', 3, 2)], cases: 0, units: 5, allocations: { A: 3, B: 2, C: 0 }, shortfall: 0 },
  { title: 'stock too small for the case tolerance would complete: the partial case is cut', caseSize: 6, step: 1, stock: 10, policy: 'automatic',
    requests: [req('A', 1, 4, 4), req('B', 2, 4)], cases: 1, units: 6, allocations: { A: 4, B: 2 }, shortfall: 4 },
  { title: 'stock caps cases: only the full cases within stock are ordered', caseSize: 6, step: 1, stock: 12, policy: 'automatic',
    requests: [req('A', 1, 10), req('B', 2, 5)], cases: 2, units: 12, allocations: { A: 10, B: 2 }, shortfall: 0 },
  { title: 'manual policy rounds nothing and tells what is missing', caseSize: 6, step: 1, stock: null, policy: 'manual',
    requests: [req('A', 1, 2, 3), req('B', 2, 3), req('C', 3, 2, 2)], cases: 1, units: 7, allocations: { A: 2, B: 3, C: 2 }, shortfall: 5 },
  { title: 'manual policy with exact cases has no shortfall', caseSize: 6, step: 1, stock: null, policy: 'manual',
    requests: [req('A', 1, 6)], cases: 1, units: 6, allocations: { A: 6 }, shortfall: 0 },
  { title: 'decimal steps of 0.5 do not drift', caseSize: 3, step: 0.5, stock: null, policy: 'automatic',
    requests: [req('A', 1, 1.5, 0.5), req('B', 2, 0.5), req('C', 3, 0.5, 1)], cases: 1, units: 3, allocations: { A: 2, B: 0.5, C: 0.5 }, shortfall: 0 },
  { title: 'decimal steps of 0.5: a short case is cut in half-units from the latest', caseSize: 5, step: 0.5, stock: null, policy: 'automatic',
    requests: [req('A', 1, 3.5), req('B', 2, 2.5)], cases: 1, units: 5, allocations: { A: 3.5, B: 1.5 }, shortfall: 4 },
  { title: 'queue order decides who is cut, not the order of the requests', caseSize: 4, step: 1, stock: null, policy: 'automatic',
    requests: [req('late', 9, 2), req('early', 1, 3)], cases: 1, units: 4, allocations: { late: 1, early: 3 }, shortfall: 3 },
  { title: 'queue order decides whose tolerance is used first', caseSize: 4, step: 1, stock: null, policy: 'automatic',
    requests: [req('late', 9, 1, 3), req('early', 1, 1, 3)], cases: 1, units: 4, allocations: { late: 1, early: 3 }, shortfall: 0 },
];

describe('allocateCases — rules', () => {
  test.each(rows)('$title', ({ caseSize, step, stock, policy, requests, cases, units, allocations, shortfall }) => {
    expect(allocateCases({ caseSize, step, stock, policy, requests })).toEqual({ cases, units, allocations, shortfall });
  });

  test('does not change its input', () => {
    const requests = [req('A', 2, 2, 3), req('B', 1, 3)];
    const copy = JSON.parse(JSON.stringify(requests));
    allocateCases({ caseSize: 6, step: 1, stock: 4, policy: 'automatic', requests });
    expect(requests).toEqual(copy);
  });
});

describe('allocateCases — invariants for random requests', () => {
  const step = fc.constantFrom(1, 0.5, 0.25);
  const input = step.chain((s) => fc.record({
    step: fc.constant(s),
    caseSize: fc.option(fc.integer({ min: 1, max: 12 }).map((n) => n * s), { nil: null }),
    stock: fc.option(fc.integer({ min: 0, max: 60 }).map((n) => n * s), { nil: null }),
    policy: fc.constantFrom<'automatic' | 'manual'>('automatic', 'manual'),
    requests: fc.array(fc.record({
      queue: fc.integer({ min: 1, max: 30 }),
      quantity: fc.integer({ min: 0, max: 15 }).map((n) => n * s),
      tolerance: fc.integer({ min: 0, max: 8 }).map((n) => n * s),
    }), { maxLength: 8 }).map((rs) => rs.map((r, i) => ({ ...r, key: `m${i}` }))),
  }));

  test('sum allocated = units, each ≤ quantity + tolerance, within stock, whole cases when automatic', () => {
    fc.assert(fc.property(input, (i) => {
      const result = allocateCases(i);
      const values = Object.values(result.allocations);
      const sum = values.reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(result.units, 9);
      for (const r of i.requests) {
        const got = result.allocations[r.key];
        expect(got).toBeGreaterThanOrEqual(0);
        expect(got).toBeLessThanOrEqual(r.quantity + r.tolerance + 1e-9);
        expect(Math.abs(got / i.step - Math.round(got / i.step))).toBeLessThan(1e-9);
        if (i.policy === 'manual' || i.caseSize === null) expect(got).toBeLessThanOrEqual(r.quantity + 1e-9);
      }
      if (i.stock !== null) expect(result.units).toBeLessThanOrEqual(i.stock + 1e-9);
      if (i.policy === 'automatic' && i.caseSize !== null) expect(result.units).toBeCloseTo(result.cases * i.caseSize, 9);
    }), { seed: 20261210, numRuns: 500 });
  });
});
