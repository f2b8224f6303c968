// The member e-mails of the order flow, in one import for the shell (each lives in its own file).
export { composeCancellation, type CancellationInput } from './compose-cancellation';
export { composeConfirmation, type ConfirmationInput } from './compose-confirmation';
export { composeRejection, type RejectionInput } from './compose-rejection';
export { composeReminder, type ReminderInput } from './compose-reminder';
