import { formerKeys } from '../../../src/core/members/former-keys';
import type { Member } from '../../../src/core/model';

const member = (email: string, name: string): Member => ({ email, name, phone: '', site: 'Monclar', active: true, notes: '', row: 2 });
const members = [{ ...member('marc@b.org', 'Marc Issaly'), formerly: ['marc@old.org', 'nom:marcel issaly'] }, member('bruno@new.org', 'Bruno Petit'), member('anne@example.org', 'Anne Roux'), member('marc@a.org', 'Marc Issaly'), member('nom:jeanne bousquet', 'Jeanne Bousquet'), member('paul@example.org', 'Paul Roux')];

describe('which recorded key is a household’s former one', () => {
  test.each([
    { name: 'an address Adhérents no longer lists, with the name one row bears', key: 'bruno@old.org', recordedName: 'Bruno Petit', current: 'bruno@new.org' },
    { name: 'the same name written otherwise (case, accents, spaces)', key: 'Bruno@Old.org ', recordedName: '  bruno   PÉTIT', current: 'bruno@new.org' },
    { name: 'not an address still listed, whatever its name', key: 'anne@example.org', recordedName: 'Bruno Petit', current: 'anne@example.org' },
    { name: 'not a name two rows bear', key: 'marc@older.org', recordedName: 'Marc Issaly', current: 'marc@older.org' },
    { name: 'a former address the household wrote in Anciennement, though two rows bear its name', key: 'Marc@Old.org', recordedName: 'Marc Issaly', current: 'marc@b.org' },
    { name: 'a former name written in Anciennement (a name corrected)', key: 'nom:marcel issaly', recordedName: 'Marcel Issaly', current: 'marc@b.org' },
    { name: 'Anciennement before the name: the household that wrote it', key: 'marc@old.org', recordedName: 'Bruno Petit', current: 'marc@b.org' },
    { name: 'not a name no row bears (the household left)', key: 'gone@example.org', recordedName: 'Paul Gone', current: 'gone@example.org' },
    { name: 'not without a recorded name', key: 'someone@old.org', recordedName: '', current: 'someone@old.org' },
    { name: 'a household that now has no e-mail: its name key', key: 'jeanne@old.org', recordedName: 'Jeanne Bousquet', current: 'nom:jeanne bousquet' },
    { name: 'a household without e-mail that now has one', key: 'nom:paul roux', recordedName: 'Paul Roux', current: 'paul@example.org' },
  ])('$name', ({ key, recordedName, current }) => {
    expect(formerKeys([{ key, name: recordedName }], members).current(key)).toBe(current);
  });

  test('a key it does not link counts as it is, trimmed and in lower case', () => {
    const links = formerKeys([{ key: 'bruno@old.org', name: 'Bruno Petit' }], members);
    expect(links.current(' Anne@Example.org')).toBe('anne@example.org');
    expect([...links.byKey.keys()]).toEqual(['bruno@old.org']);
  });

  test('says which links Anciennement wrote and which the name made', () => {
    const links = formerKeys([{ key: 'bruno@old.org', name: 'Bruno Petit' }, { key: 'nom:marcel issaly', name: 'Marcel Issaly' }], members);
    expect([...links.byKey.keys()]).toEqual(['bruno@old.org', 'nom:marcel issaly']);
    expect([...links.written]).toEqual(['nom:marcel issaly']);
  });

  test('leaves its inputs as they were', () => {
    const recorded = [{ key: 'bruno@old.org', name: 'Bruno Petit' }];
    const copy = JSON.parse(JSON.stringify({ recorded, members }));
    formerKeys(recorded, members);
    expect({ recorded, members }).toEqual(copy);
  });
});
