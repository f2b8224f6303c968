// The spreadsheet's own time zone against the group's (`Fuseau horaire`): Google Sheets reads a date
// typed in a cell in the first, and Cabas tells members and producers the time in the second. Two
// zones would move every typed deadline, pickup and duty by their difference (a pickup on Saturday
// told as Friday), so a cycle is not opened until they are one.
import type { Problem } from '../model';

/**
 * The problem when the two zones differ, or null.
 * @example zoneMismatch('Europe/Paris', 'America/Montreal', 'Paramètres')
 *   // { code: 'settings.zone-mismatch', severity: 'error', place: { tab: 'Paramètres' }, params: { sheetZone: 'Europe/Paris', zone: 'America/Montreal' } }
 */
export function zoneMismatch(spreadsheetZone: string, groupZone: string, settingsTab: string): Problem | null {
  if (spreadsheetZone.trim() === '' || spreadsheetZone.trim() === groupZone.trim()) return null;
  return { code: 'settings.zone-mismatch', severity: 'error', place: { tab: settingsTab }, params: { sheetZone: spreadsheetZone, zone: groupZone } };
}
