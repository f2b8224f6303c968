// The phases of a cycle the benchmark reports, and which Apps Script entry point belongs to which.
export const PHASES = ['install', 'open', 'submit', 'retry', 'reminder', 'close', 'send'] as const;
export type Phase = (typeof PHASES)[number] | 'other';

const PHASE_OF: Record<string, Phase> = {
  installCabas: 'install',
  openCycleWith: 'open',
  onFormSubmitTrigger: 'submit',
  onPendingSubmissionsTrigger: 'submit',
  onRetrySubmissionsTrigger: 'retry',
  onReminderTrigger: 'reminder',
  onDeadlineTrigger: 'close',
  onResumeCloseTrigger: 'close',
  closeCycleNow: 'close',
  onOutboxTrigger: 'send',
  onSendSoonTrigger: 'send',
  onDutiesTrigger: 'reminder', // the volunteers' reminders and the coverage alert
  onDutiesRetryTrigger: 'reminder',
  sendPendingEmails: 'send',
};

/** The phase an execution of `functionName` belongs to: `phaseOf('onDeadlineTrigger') === 'close'`. */
export function phaseOf(functionName: string): Phase {
  return PHASE_OF[functionName] ?? 'other';
}

/** Labels of the phases in docs/benchmarks.md (a developer document, in English like the code). */
export const PHASE_LABEL: Record<Phase, string> = {
  install: 'Install',
  open: 'Open the cycle',
  submit: 'Submissions (all of them)',
  retry: 'Hourly retry of parked submissions (while the cycle is open)',
  reminder: 'Reminder',
  close: 'Close',
  send: 'Sending (outbox triggers: soon after the close, then hourly)',
  other: 'Other executions',
};
