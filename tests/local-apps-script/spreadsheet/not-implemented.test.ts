// Methods outside the modeled surface throw `not implemented: Class.method` (STYLE.md) in the
// script's realm, instead of being undefined; other probes stay undefined.
import { freshSpreadsheet, REALM_TAG, thrown } from './local-env';

type Loose = Record<string, unknown> & Record<string, (...a: unknown[]) => unknown>;

describe('unimplemented methods', () => {
  test.each([
    { owner: 'Sheet', method: 'insertSlicer', target: (f: ReturnType<typeof freshSpreadsheet>) => f.sheet },
    { owner: 'Range', method: 'setRichTextValue', target: (f: ReturnType<typeof freshSpreadsheet>) => f.sheet.getRange('A1') },
    { owner: 'Spreadsheet', method: 'getNamedRanges', target: (f: ReturnType<typeof freshSpreadsheet>) => f.spreadsheet },
    { owner: 'SpreadsheetApp', method: 'newConditionalFormatRule', target: (f: ReturnType<typeof freshSpreadsheet>) => f.app },
    { owner: 'Ui', method: 'createAddonMenu', target: (f: ReturnType<typeof freshSpreadsheet>) => f.app.getUi() },
  ])('$owner.$method throws "not implemented: $owner.$method"', ({ owner, method, target }) => {
    const object = target(freshSpreadsheet()) as unknown as Loose;
    const error = thrown(() => object[method]());
    expect(error.message).toBe(`not implemented: ${owner}.${method}`);
    expect(error[REALM_TAG]).toBe(true);
  });

  test.each(['then', 'toJSON', 'asymmetricMatch', 'nodeType'])('leaves %s undefined so promises, JSON and jest behave', (name) => {
    const { sheet } = freshSpreadsheet();
    expect((sheet as unknown as Loose)[name]).toBeUndefined();
  });
});
