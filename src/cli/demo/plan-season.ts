// The demo's later cycles (2 to 4): who keeps ordering, who stops, who starts, and what each
// orders; then how the coordinator records the payments between cycles (one household pays late,
// one in two instalments, one producer is paid late). Seeded: every run tells the same story.
import { seeded, type DemoEvent, type DemoMember, type DemoProduct } from './plan-demo';

const HOUR = 3600 * 1000;

export interface LaterCycle {
  /** Whose orders stop with this cycle's opening, and who orders for the first time. */
  stopped: string[];
  started: string[];
  events: DemoEvent[];
}

/**
 * A later cycle in the Europe/Paris calendar: opens Tuesday morning, closes Wednesday 20 h, pickup
 * Saturday. Short on purpose: while a cycle is open an hourly trigger runs, and the demo stays fast.
 */
export interface CycleDates { opensAt: number; deadline: number; deadlineText: string; pickupText: string }

export const LATER_CYCLES: CycleDates[] = [
  { opensAt: Date.parse('2026-12-15T08:00:00+01:00'), deadline: Date.parse('2026-12-16T20:00:00+01:00'), deadlineText: '16/12/2026 20:00', pickupText: '19/12/2026' },
  { opensAt: Date.parse('2026-12-22T08:00:00+01:00'), deadline: Date.parse('2026-12-23T20:00:00+01:00'), deadlineText: '23/12/2026 20:00', pickupText: '26/12/2026' },
  { opensAt: Date.parse('2027-01-05T08:00:00+01:00'), deadline: Date.parse('2027-01-06T20:00:00+01:00'), deadlineText: '06/01/2027 20:00', pickupText: '09/01/2027' },
];

/** How many households stop and start at each later cycle (cycle 2, 3, 4). */
const TURNOVER = [{ stop: 3, start: 2 }, { stop: 2, start: 1 }, { stop: 1, start: 2 }];

/**
 * The orders of later cycle `k` (0 for the season's second cycle): last cycle's households but
 * those who stop, plus newcomers among the households who never ordered. `keep`: households the
 * story needs to the end (the payments' ones), never stopped.
 */
export function planLaterCycle(input: {
  k: number; members: DemoMember[]; products: DemoProduct[]; previous: string[]; everOrdered: Set<string>; founders: Set<string>; keep: Set<string>; dates: CycleDates;
}): LaterCycle {
  const random = seeded(7 + input.k);
  const { stop, start } = TURNOVER[input.k];
  // Those who stop are households of the season's start (a newcomer is given a chance to stay).
  const stoppable = input.previous.filter((e) => !input.keep.has(e) && input.founders.has(e));
  const stopped = stoppable.slice(-stop);
  // The newcomers: households of the sample that have never ordered, last first (the demo's late one starts at once).
  const started = input.members.filter((m) => m.active && !input.everOrdered.has(m.email)).reverse().slice(0, start).map((m) => m.email);
  const ordering = [...input.previous.filter((e) => !stopped.includes(e)), ...started];
  const site = new Map(input.members.map((m) => [m.email, m.site]));
  // Plain products only (no case, no stock): the later cycles tell the money's story, not the cases'.
  const plain = input.products.filter((p) => p.available && !p.caseSize && p.stock === null);
  const span = input.dates.deadline - input.dates.opensAt - 6 * HOUR;
  const events: DemoEvent[] = ordering.map((email, i) => {
    const quantities: Record<string, number> = {};
    const count = 2 + Math.floor(random() * 3);
    for (let n = 0; n < count; n += 1) {
      const p = plain[Math.floor(random() * plain.length)];
      const q = Math.round((1 + Math.floor(random() * 3)) * p.step * 1000) / 1000;
      quantities[p.ref] = p.max !== null ? Math.min(q, p.max) : q;
    }
    const at = input.dates.opensAt + HOUR + Math.floor((span * i) / ordering.length);
    return { kind: 'submit', id: `c${input.k + 2}-${i}`, at, email, quantities, site: site.get(email) ?? '', tolerance: 0, note: started.includes(email) ? 'première commande' : 'commande' };
  });
  return { stopped, started, events };
}
