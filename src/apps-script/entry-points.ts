// The Apps Script entry points: every trigger, menu item and google.script.run target, and
// nothing else. build.mjs turns each export into a top-level function of dist/Code.js.
import { about } from './handlers/about';
import { archive } from './handlers/archive';
import { checkConfiguration } from './handlers/check-configuration';
import { checkInstall } from './handlers/check-installation';
import { runDuties } from './handlers/duties';
import { closeNow } from './handlers/close';
import { showOrderSidebar, showSlip, submitEnteredOrder } from './handlers/enter-order';
import { install } from './handlers/install';
import { buildMenu } from './handlers/menu';
import { openCycle, openCycleFromMenu, type OpenRequest } from './handlers/open-cycle';
import { remind } from './handlers/remind';
import { repair } from './handlers/repair';
import { remindUnpaid } from './handlers/remind-unpaid';
import { exportReview, review, reviewFromMenu, type ReviewRequest } from './handlers/review';
import { sendPending } from './handlers/send';
import { onFormSubmit, processPendingSubmissions } from './handlers/submit';
import { withAlert } from './handlers/with-alert';

// Simple triggers.
export const onOpen = () => buildMenu();
export const onInstall = () => buildMenu();

// Menu items.
export const menuInstall = () => withAlert(() => install({ sample: false }));
export const menuInstallSample = () => withAlert(() => install({ sample: true }));
export const menuCheckConfiguration = () => withAlert(() => checkConfiguration());
export const menuCheckInstallation = () => withAlert(() => checkInstall());
export const menuOpenCycle = () => withAlert(() => openCycleFromMenu());
export const menuCloseNow = () => withAlert(() => closeNow());
export const menuFinalize = () => withAlert(() => closeNow({ finalize: true }));
export const menuSendNow = () => withAlert(() => sendPending());
export const menuArchiveCycle = () => withAlert(() => archive());
export const menuRepair = () => withAlert(() => repair());
export const menuEnterOrder = () => withAlert(() => showOrderSidebar());
export const menuRemindUnpaid = () => withAlert(() => remindUnpaid());
export const menuReview = () => withAlert(() => reviewFromMenu());
export const menuExportReview = () => withAlert(() => reviewFromMenu(true));
export const menuAbout = () => withAlert(() => about());

// Installable triggers (see adapters/triggers.ts for who installs them).
export const onFormSubmitTrigger = (e: GoogleAppsScript.Events.FormsOnFormSubmit) => onFormSubmit(e);
export const onPendingSubmissionsTrigger = () => processPendingSubmissions();
export const onRetrySubmissionsTrigger = () => processPendingSubmissions();
export const onDeadlineTrigger = () => closeNow({ silent: true, atDeadline: true });
export const onResumeCloseTrigger = () => closeNow({ silent: true });
export const onReminderTrigger = () => remind();
export const onOutboxTrigger = () => sendPending({ silent: true, automatic: true });
export const onSendSoonTrigger = () => sendPending({ silent: true, automatic: true });
export const onDutiesTrigger = () => runDuties();
export const onDutiesRetryTrigger = () => runDuties();

// The order sidebar's google.script.run targets (handlers/enter-order.ts).
export const sidebarSubmitOrder = (request: unknown) => submitEnteredOrder(request);
export const sidebarShowSlip = (request: unknown) => showSlip(request);

// Programmatic forms of the menu items (google.script.run targets; the demo and the offline mode use them).
export const installCabas = (options?: { sample?: boolean }) => install({ sample: options?.sample ?? false, silent: true });
export const checkConfigurationReport = () => checkConfiguration({ silent: true });
export const checkInstallationReport = () => checkInstall({ silent: true });
export const openCycleWith = (request: OpenRequest) => openCycle(request);
export const closeCycleNow = (options?: { finalize?: boolean }) => closeNow({ finalize: options?.finalize, silent: true });
export const sendPendingEmails = () => sendPending({ silent: true });
export const archiveCycleNow = () => archive({ silent: true });
export const repairStateNow = () => repair({ silent: true });
export const remindUnpaidNow = () => remindUnpaid({ silent: true });
export const reviewNow = (request?: ReviewRequest) => review(request ?? {}, { silent: true });
export const exportReviewNow = (request?: ReviewRequest) => exportReview(request ?? {}, { silent: true });
export const cabasVersion = () => about({ silent: true });
