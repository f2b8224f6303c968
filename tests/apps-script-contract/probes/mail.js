// Contract probes for MailApp. In Google these send real messages to the account running them (two
// per run) and use two recipients of the day's quota.

// getRemainingDailyQuota(): "Returns the number of remaining emails a user can send for the rest of the day."
// https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota()
function probe_mail_quotaIsANonNegativeInteger() {
  var left = MailApp.getRemainingDailyQuota();
  assertTrue_(typeof left === 'number' && left >= 0 && Math.floor(left) === left, 'getRemainingDailyQuota() is not a whole number >= 0: ' + left);
}

// sendEmail(recipient, subject, body): one message to one recipient uses one recipient of the quota.
// https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(String,String,String)
function probe_mail_sendEmailUsesOneRecipient() {
  var before = MailApp.getRemainingDailyQuota();
  MailApp.sendEmail(Session.getEffectiveUser().getEmail(), 'Cabas contract probe', 'Sent by the contract suite (three-argument form).');
  assertEqual_(MailApp.getRemainingDailyQuota(), before - 1, 'remaining quota after one message to one recipient');
}

// sendEmail(message): the object form with to, subject and body sends too, and counts the same.
// https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)
function probe_mail_sendEmailObjectForm() {
  var before = MailApp.getRemainingDailyQuota();
  MailApp.sendEmail({ to: Session.getEffectiveUser().getEmail(), subject: 'Cabas contract probe', body: 'Sent by the contract suite (object form).' });
  assertEqual_(MailApp.getRemainingDailyQuota(), before - 1, 'remaining quota after one message in the object form');
}
