// The settings that make a close wait for the coordinator before anything leaves (cases `manuel`,
// producer minimum `suspendre`, automatic sending `non`): a coordinator who sets one in
// `Paramètres` while the cycle is open (« cette fois, je veux vérifier avant l'envoi ») is heard
// at the close. Before, the settings taken at the opening ruled, and the orders went out anyway.
// Only that way round: a row emptied, unreadable or switched back never lets anything leave sooner
// than the cycle's settings said (the coordinator then sends with « Envoyer la commande »).
import type { Settings } from '../model';

/** The settings read again at the close, each with the value that asks for a review. */
const REVIEW: { key: 'casePolicy' | 'minimumPolicy' | 'autoSend'; holds: (s: Settings) => boolean }[] = [
  { key: 'casePolicy', holds: (s) => s.casePolicy === 'manual' },
  { key: 'minimumPolicy', holds: (s) => s.minimumPolicy === 'hold' },
  { key: 'autoSend', holds: (s) => !s.autoSend },
];
export type ReviewKey = (typeof REVIEW)[number]['key'];

/**
 * The cycle's settings, with each review setting that `live` (the tab as it stands; null when it
 * could not be read) sets to wait where the cycle's did not; and which ones.
 * @example reviewSettings({ autoSend: true, casePolicy: 'automatic', … }, { autoSend: false, casePolicy: 'automatic', … })
 *   // { settings: { autoSend: false, … }, changed: ['autoSend'] }
 */
export function reviewSettings(cycle: Settings, live: Settings | null): { settings: Settings; changed: ReviewKey[] } {
  const changed = live ? REVIEW.filter((r) => r.holds(live) && !r.holds(cycle)).map((r) => r.key) : [];
  if (!live || changed.length === 0) return { settings: cycle, changed: [] };
  const settings: Settings = { ...cycle };
  for (const key of changed) Object.assign(settings, { [key]: live[key] });
  return { settings, changed };
}
