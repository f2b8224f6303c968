// `cabas bilan`: several groups' review exports as one territory table — group by group, totals,
// the two charts' data (households and euros per cycle, euros per producer) and each group's trend.
import type { ReviewExport, ReviewValue } from './read-review-export';

export type Trend = 'growing' | 'shrinking' | 'stable';

export interface GroupFigures {
  group: string;
  from: string;
  to: string;
  cycles: number;
  firstHouseholds: number;
  lastHouseholds: number;
  newHouseholds: number;
  gone: number;
  amountCents: number;
  /** Households × cycles: the baskets the amount was spent in. */
  baskets: number;
  refusals: number;
  outstandingCents: number;
  /** Pickups with a volunteer, and pickups; null without a roster. */
  volunteers: { covered: number; pickups: number } | null;
  /** The amounts of the first and the last cycle, which settle a trend when the households tie. */
  firstCents: number;
  lastCents: number;
  trend: Trend;
}

export interface Territory {
  groups: GroupFigures[];
  total: Omit<GroupFigures, 'group' | 'from' | 'to' | 'trend' | 'cycles'> & { cycles: number; from: string; to: string; trend: Trend };
  perCycle: { cycle: string; households: number; amountCents: number; groups: number }[];
  perProducer: { producer: string; amountCents: number; groups: number }[];
}

const cents = (euros: number) => Math.round(euros * 100);
const sum = (values: ReviewValue[], indicator: ReviewValue['indicator']) => values.filter((v) => v.indicator === indicator).reduce((s, v) => s + v.value, 0);

/** Growing when the last cycle served more households than the first (the amount settles a tie). */
function trendOf(first: number, last: number, firstCents: number, lastCents: number): Trend {
  if (last !== first) return last > first ? 'growing' : 'shrinking';
  if (lastCents !== firstCents) return lastCents > firstCents ? 'growing' : 'shrinking';
  return 'stable';
}

/**
 * Merges the exports (one per group).
 * @example mergeTerritory([monclar, septfonds]).total.amountCents // monclar's + septfonds's amounts
 */
export function mergeTerritory(exports: ReviewExport[]): Territory {
  const groups = exports.map((e): GroupFigures => {
    const perCycle = e.values.filter((v) => v.indicator === 'households' && v.cycle).sort((a, b) => a.cycle.localeCompare(b.cycle));
    const amountOf = (cycle: string | undefined) => cents(e.values.find((v) => v.indicator === 'amount-eur' && v.cycle === cycle)?.value ?? 0);
    const first = perCycle[0];
    const last = perCycle.at(-1);
    const pickups = e.values.find((v) => v.indicator === 'volunteers-pickups');
    return {
      group: e.group, from: e.from, to: e.to, cycles: perCycle.length,
      firstHouseholds: first?.value ?? 0, lastHouseholds: last?.value ?? 0,
      newHouseholds: sum(e.values, 'households-new'), gone: sum(e.values, 'households-gone'),
      amountCents: cents(sum(e.values, 'amount-eur')), baskets: sum(e.values, 'households'),
      refusals: sum(e.values, 'refusals'), outstandingCents: cents(sum(e.values, 'outstanding-eur')),
      volunteers: pickups ? { pickups: pickups.value, covered: sum(e.values, 'volunteers-covered') } : null,
      firstCents: amountOf(first?.cycle), lastCents: amountOf(last?.cycle),
      trend: trendOf(first?.value ?? 0, last?.value ?? 0, amountOf(first?.cycle), amountOf(last?.cycle)),
    };
  });

  const byCycle = new Map<string, { cycle: string; households: number; amountCents: number; groups: number }>();
  const byProducer = new Map<string, { producer: string; amountCents: number; groups: Set<string> }>();
  for (const e of exports) {
    for (const v of e.values) {
      if (v.indicator === 'households' || v.indicator === 'amount-eur') {
        const c = byCycle.get(v.cycle) ?? { cycle: v.cycle, households: 0, amountCents: 0, groups: 0 };
        if (v.indicator === 'households') {
          c.households += v.value;
          c.groups += 1;
        } else c.amountCents += cents(v.value);
        byCycle.set(v.cycle, c);
      }
      if (v.indicator === 'producer-amount-eur') {
        const p = byProducer.get(v.detail) ?? { producer: v.detail, amountCents: 0, groups: new Set<string>() };
        p.amountCents += cents(v.value);
        p.groups.add(e.group);
        byProducer.set(v.detail, p);
      }
    }
  }
  const perCycle = [...byCycle.values()].sort((a, b) => a.cycle.localeCompare(b.cycle));
  const add = (pick: (g: GroupFigures) => number) => groups.reduce((s, g) => s + pick(g), 0);
  const withRoster = groups.filter((g) => g.volunteers);
  const total = {
    cycles: perCycle.length,
    from: groups.map((g) => g.from).filter(Boolean).sort()[0] ?? '',
    to: groups.map((g) => g.to).filter(Boolean).sort().at(-1) ?? '',
    firstHouseholds: add((g) => g.firstHouseholds), lastHouseholds: add((g) => g.lastHouseholds),
    newHouseholds: add((g) => g.newHouseholds), gone: add((g) => g.gone), amountCents: add((g) => g.amountCents),
    baskets: add((g) => g.baskets), refusals: add((g) => g.refusals), outstandingCents: add((g) => g.outstandingCents),
    volunteers: withRoster.length ? { covered: withRoster.reduce((s, g) => s + g.volunteers!.covered, 0), pickups: withRoster.reduce((s, g) => s + g.volunteers!.pickups, 0) } : null,
    firstCents: add((g) => g.firstCents), lastCents: add((g) => g.lastCents),
    trend: trendOf(add((g) => g.firstHouseholds), add((g) => g.lastHouseholds), add((g) => g.firstCents), add((g) => g.lastCents)),
  };
  return {
    groups, total, perCycle,
    perProducer: [...byProducer.values()].map((p) => ({ producer: p.producer, amountCents: p.amountCents, groups: p.groups.size }))
      .sort((a, b) => b.amountCents - a.amountCents || a.producer.localeCompare(b.producer)),
  };
}
