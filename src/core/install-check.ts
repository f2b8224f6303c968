// « Vérifier l'installation »: what a volunteer must do so that Cabas runs by itself, from facts the shell gathered.
import { catalogue } from './i18n';
import type { CycleStatus, Locale } from './model';

export interface InstallFacts {
  /** The cycle in the hidden state, or null when none was ever opened; 'lost' when the state cannot be read. */
  cycle: { id: string; status: CycleStatus } | null | 'lost';
  /** Handlers of the installable triggers of the current user (Apps Script lists no one else's). */
  handlers: string[];
  /** The cycle's form: null when no cycle; `found: false` when it cannot be opened. */
  form: { found: boolean; accepting: boolean } | null;
  authorizationRequired: boolean;
  quotaLeft: number;
  pending: number;
  failed: number;
  /** The Journal's latest errors, newest last. */
  errors: string[];
}

export interface Finding { level: 'ok' | 'warning' | 'error'; text: string }

/** The handlers an open cycle needs, each for a reason a volunteer can act on. */
const OPEN_CYCLE_NEEDS = ['onFormSubmitTrigger', 'onDeadlineTrigger'] as const;

/**
 * One finding per thing checked, each saying what to do, in the group's language.
 * @example checkInstallation({ cycle: null, handlers: [], form: null, authorizationRequired: false, quotaLeft: 100, pending: 0, failed: 0, errors: [] }, 'fr')[0].level // "ok"
 */
export function checkInstallation(f: InstallFacts, locale: Locale): Finding[] {
  const t = catalogue(locale).ui.installCheck;
  const out: Finding[] = [];
  const add = (level: Finding['level'], text: string) => out.push({ level, text });
  if (f.authorizationRequired) add('error', t.authorization);
  if (f.cycle === 'lost') add('error', t.stateLost);
  else if (f.cycle === null) add('ok', t.noCycle);
  else if (f.cycle.status === 'open') {
    const missing = OPEN_CYCLE_NEEDS.filter((h) => !f.handlers.includes(h));
    add(missing.length ? 'error' : 'ok', missing.length ? t.triggersMissing(f.cycle.id) : t.triggersOk(f.cycle.id));
    if (!f.form?.found) add('error', t.formMissing);
    else add(f.form.accepting ? 'ok' : 'error', f.form.accepting ? t.formOk : t.formClosed);
  } else add('ok', t.cycleNotOpen(f.cycle.id));
  if (f.pending > 0 && !f.handlers.includes('onOutboxTrigger')) add('warning', t.pendingNoTrigger(f.pending));
  else if (f.pending > 0) add('ok', t.pending(f.pending));
  add(f.quotaLeft < Math.max(1, f.pending) ? 'warning' : 'ok', t.quota(f.quotaLeft));
  if (f.failed > 0) add('warning', t.failed(f.failed));
  if (f.errors.length > 0) add('warning', t.errors(f.errors));
  return out;
}
