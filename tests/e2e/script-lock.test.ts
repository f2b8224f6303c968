// The script lock is never held while a dialog waits for a person, and every menu item leaves it
// free when it ends: a coordinator reading a message box must not hold up the members' submissions.
import { CabasDriver } from '../../src/cli/cabas-driver';
import { DEADLINE, OPEN_AT, PICKUP, twoSitesSmallGroup } from './fixtures/two-sites-small-group';

const HOUR = 3600 * 1000;

/** Records, for every alert and prompt the script shows, whether an execution then holds a lock. */
function watchDialogs(driver: CabasDriver): { lockHeld: boolean }[] {
  const seen: { lockHeld: boolean }[] = [];
  const ui = driver.gas.ui;
  const takeAnswer = ui.takeAnswer.bind(ui);
  // takeAnswer runs inside Ui.alert and Ui.prompt, while the script waits for the person's answer.
  ui.takeAnswer = () => {
    seen.push({ lockHeld: driver.gas.locks.heldInProgress() });
    return takeAnswer();
  };
  return seen;
}

function installed(): CabasDriver {
  const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: twoSitesSmallGroup(), mailQuota: 10_000, submitFirings: false });
  driver.openSpreadsheet();
  driver.install(false);
  return driver;
}

describe('no dialog while the script lock is held', () => {
  test.each([
    {
      item: 'menuOpenCycle', dialogs: 4, // three prompts, then the result
      act: (d: CabasDriver) => { for (const answer of [DEADLINE, PICKUP, '']) d.gas.ui.queuePrompt(answer); d.gas.runMenu('menuOpenCycle'); },
    },
    {
      item: 'menuOpenCycle refused (a cycle is open)', dialogs: 4,
      act: (d: CabasDriver) => { d.open({ deadline: DEADLINE, pickup: PICKUP }); d.gas.ui.queuePrompt(DEADLINE); d.gas.ui.queuePrompt(PICKUP); d.gas.ui.queuePrompt(''); d.gas.runMenu('menuOpenCycle'); },
    },
    {
      item: 'menuCloseNow', dialogs: 1,
      act: (d: CabasDriver) => { d.open({ deadline: DEADLINE, pickup: PICKUP }); d.gas.advanceTo(OPEN_AT + HOUR); d.gas.runMenu('menuCloseNow'); },
    },
    {
      item: 'menuArchiveCycle', dialogs: 2, // the confirmation, then the result
      act: (d: CabasDriver) => {
        d.open({ deadline: DEADLINE, pickup: PICKUP });
        d.gas.advanceTo(OPEN_AT + HOUR);
        d.run('closeCycleNow');
        d.gas.ui.queueButton('YES');
        d.gas.runMenu('menuArchiveCycle');
      },
    },
    { item: 'menuInstall', dialogs: 1, act: (d: CabasDriver) => d.gas.runMenu('menuInstall') },
    { item: 'menuSendNow', dialogs: 1, act: (d: CabasDriver) => d.gas.runMenu('menuSendNow') },
  ])('$item shows its $dialogs dialog(s) with the lock free', ({ act, dialogs }) => {
    const driver = installed();
    const seen = watchDialogs(driver);
    const before = driver.gas.executions.length;
    act(driver);
    expect(seen).toHaveLength(dialogs);
    expect(seen.filter((d) => d.lockHeld)).toEqual([]);
    expect(driver.gas.executions.slice(before).filter((e) => e.error !== undefined)).toEqual([]);
  });

});
