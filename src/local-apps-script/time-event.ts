// The event object of a time-driven trigger. Apps Script gives the firing time in UTC
// (https://developers.google.com/apps-script/guides/triggers/events#time-driven_events).
export interface TimeEvent {
  authMode: string;
  triggerUid: string;
  year: number;
  month: number;
  'day-of-month': number;
  hour: number;
  minute: number;
  second: number;
  timezone: string;
  'week-of-year': number;
  /** 1 = Monday … 7 = Sunday. */
  'day-of-week': number;
}

export function timeEvent(at: number, triggerUid: string): TimeEvent {
  const d = new Date(at);
  const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const dow = day.getUTCDay() || 7;
  const thursday = new Date(day.getTime() + (4 - dow) * 86_400_000);
  const week = Math.ceil(((thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / 86_400_000 + 1) / 7);
  return {
    authMode: 'FULL', triggerUid, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, 'day-of-month': d.getUTCDate(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), timezone: 'UTC',
    'week-of-year': week, 'day-of-week': dow,
  };
}
