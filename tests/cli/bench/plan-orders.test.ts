// The benchmark's order plan: deterministic, spread over the cycle, one household in ten editing.
import { generateGroup } from '../../../src/cli/bench/generate-group';
import { LINES_PER_ORDER, planOrders } from '../../../src/cli/bench/plan-orders';

const OPENS = Date.parse('2026-12-01T09:00:00+01:00');
const DEADLINE = Date.parse('2026-12-10T20:00:00+01:00');

describe('planOrders', () => {
  const group = generateGroup({ households: 200, products: 30 });
  const plan = planOrders(group, OPENS, DEADLINE);

  test('is the same plan for the same seed, another for another seed', () => {
    expect(planOrders(group, OPENS, DEADLINE)).toEqual(plan);
    expect(planOrders(group, OPENS, DEADLINE, 8)).not.toEqual(plan);
  });

  test('has every household order once, inside the cycle, in time order', () => {
    const submits = plan.filter((e) => e.kind === 'submit');
    expect(submits).toHaveLength(200);
    expect(new Set(submits.map((e) => e.household)).size).toBe(200);
    expect(plan.every((e) => e.at > OPENS && e.at < DEADLINE)).toBe(true);
    expect(plan.map((e) => e.at)).toEqual([...plan.map((e) => e.at)].sort((a, b) => a - b));
  });

  test('has about one household in ten edit once, after its own order', () => {
    const edits = plan.filter((e) => e.kind === 'edit');
    expect(edits.length).toBeGreaterThan(8);
    expect(edits.length).toBeLessThan(35);
    expect(new Set(edits.map((e) => e.household)).size).toBe(edits.length);
    for (const edit of edits) {
      const submit = plan.find((e) => e.kind === 'submit' && e.household === edit.household)!;
      expect(plan.indexOf(submit)).toBeLessThan(plan.indexOf(edit));
    }
  });

  test('orders valid quantities: the lines of a basket, multiples of the step, within the max', () => {
    const byRef = new Map(group.products.map((p) => [p.ref, p]));
    for (const event of plan) {
      expect(Object.keys(event.quantities)).toHaveLength(LINES_PER_ORDER);
      for (const [ref, q] of Object.entries(event.quantities)) {
        const p = byRef.get(ref)!;
        expect(q).toBeGreaterThan(0);
        expect(Math.abs(q / p.step - Math.round(q / p.step))).toBeLessThan(1e-9);
        if (p.maxPerMember !== null) expect(q).toBeLessThanOrEqual(p.maxPerMember);
      }
    }
  });
});
