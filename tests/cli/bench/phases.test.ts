import { phaseOf } from '../../../src/cli/bench/phases';
import { readFileSync } from 'node:fs';

describe('phaseOf', () => {
  test.each([
    ['installCabas', 'install'],
    ['openCycleWith', 'open'],
    ['onFormSubmitTrigger', 'submit'],
    ['onPendingSubmissionsTrigger', 'submit'],
    ['onRetrySubmissionsTrigger', 'retry'],
    ['onReminderTrigger', 'reminder'],
    ['onDeadlineTrigger', 'close'],
    ['onResumeCloseTrigger', 'close'],
    ['onSendSoonTrigger', 'send'],
    ['onOutboxTrigger', 'send'],
    ['onOpen', 'other'],
  ])('puts %s in the %s phase', (name, phase) => {
    expect(phaseOf(name)).toBe(phase);
  });

  test('knows every trigger the bundle installs', () => {
    const entryPoints = readFileSync('src/apps-script/entry-points.ts', 'utf8');
    const triggers = [...entryPoints.matchAll(/^export const (on\w+Trigger)\b/gm)].map((m) => m[1]);
    expect(triggers.length).toBeGreaterThan(5);
    for (const name of triggers) expect(phaseOf(name)).not.toBe('other');
  });
});
