import { reviewSettings } from '../../../src/core/close/review-settings';
import type { Settings } from '../../../src/core/model';
import { DEFAULT_SETTINGS } from '../../../src/core/workbook/settings-rows';

const cycle: Settings = { ...DEFAULT_SETTINGS, groupName: 'GAC', coordinationEmail: 'c@example.org' }; // automatic, cancel, autoSend

describe('reviewSettings: what Paramètres, changed while the cycle is open, makes the close wait for', () => {
  test.each<{ what: string; live: Partial<Settings> | null; changed: string[]; settings: Partial<Settings> }>([
    { what: 'automatic sending turned off: the close holds its e-mails', live: { autoSend: false }, changed: ['autoSend'], settings: { autoSend: false } },
    { what: 'cases turned manual: the close waits for Attribué', live: { casePolicy: 'manual' }, changed: ['casePolicy'], settings: { casePolicy: 'manual' } },
    { what: 'producer minimum on hold', live: { minimumPolicy: 'hold' }, changed: ['minimumPolicy'], settings: { minimumPolicy: 'hold' } },
    { what: 'all three', live: { autoSend: false, casePolicy: 'manual', minimumPolicy: 'hold' }, changed: ['casePolicy', 'minimumPolicy', 'autoSend'], settings: { autoSend: false, casePolicy: 'manual', minimumPolicy: 'hold' } },
    { what: 'nothing changed', live: {}, changed: [], settings: {} },
    { what: 'the tab unreadable: the cycle’s settings', live: null, changed: [], settings: {} },
    { what: 'other settings changed: still the cycle’s (a group name, a reminder)', live: { groupName: 'Autre', reminderHours: 2 }, changed: [], settings: {} },
  ])('$what', ({ live, changed, settings }) => {
    const result = reviewSettings(cycle, live && { ...cycle, ...live });
    expect(result.changed).toEqual(changed);
    expect(result.settings).toEqual({ ...cycle, ...settings });
  });

  test.each<{ what: string; from: Partial<Settings>; live: Partial<Settings> }>([
    { what: 'manual turned back to automatic', from: { casePolicy: 'manual' }, live: { casePolicy: 'automatic' } },
    { what: 'hold turned back to cancel', from: { minimumPolicy: 'hold' }, live: { minimumPolicy: 'cancel' } },
    { what: 'sending off turned on (or its row emptied: the default)', from: { autoSend: false }, live: { autoSend: true } },
  ])('never lets anything leave sooner than the cycle said: $what', ({ from, live }) => {
    const opened = { ...cycle, ...from };
    expect(reviewSettings(opened, { ...opened, ...live })).toEqual({ settings: opened, changed: [] });
  });
});
