// google.script.run bridged to the runtime: what may cross, and how the handlers are called.
// https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values
import { callServer, scriptRun, transferred } from '../../../src/local-apps-script/html/script-run';

test.each([
  { what: 'a string', value: 'a', crosses: 'a' },
  { what: 'a number', value: 2.5, crosses: 2.5 },
  { what: 'null', value: null, crosses: null },
  { what: 'an object of arrays', value: { a: [1, 'b', true] }, crosses: { a: [1, 'b', true] } },
  { what: 'undefined inside an array', value: [1, undefined], crosses: [1, null] },
  { what: 'an undefined field', value: { a: 1, b: undefined }, crosses: { a: 1 } },
])('$what crosses', ({ value, crosses }) => {
  expect(transferred(value)).toEqual(crosses);
});

test.each([
  { what: 'a Date', value: new Date(0), message: /is a Date/ },
  { what: 'a function inside an object', value: { f: () => 1 }, message: /value\.f is a function/ },
  { what: 'a Map', value: new Map(), message: /is a Map/ },
  { what: 'an instance of a class', value: new (class Thing {})(), message: /is a Object/ },
  { what: 'a circular object', value: (() => { const o: Record<string, unknown> = {}; o.self = o; return o; })(), message: /circular/ },
])('$what does not cross', ({ value, message }) => {
  expect(() => transferred(value)).toThrow(message);
});

test('a copy crosses: the server changing it leaves the page’s object as it was', () => {
  const page = { n: 1 };
  const copy = transferred(page) as { n: number };
  copy.n = 2;
  expect(page.n).toBe(1);
});

describe('the runner', () => {
  const calls: { name: string; args: unknown[] }[] = [];
  const server = (name: string, args: unknown[]) => {
    calls.push({ name, args });
    if (name === 'boom') throw new Error('Cabas: nothing to do');
    if (name === 'when') return new Date(0);
    return { echoed: args };
  };

  test('a call returns at once; the success handler gets the value later, with the user object', async () => {
    const got: unknown[] = [];
    const returned = scriptRun(server).withUserObject('row 3').withSuccessHandler((v, u) => got.push(v, u)).echo({ a: 1 });
    expect(returned).toBeUndefined();
    expect(got).toEqual([]);
    await new Promise((r) => setTimeout(r, 5));
    expect(got).toEqual([{ echoed: [{ a: 1 }] }, 'row 3']);
  });

  test.each([
    { what: 'a server error', name: 'boom', args: [], message: 'Cabas: nothing to do' },
    { what: 'a Date as argument', name: 'echo', args: [new Date(0)], message: 'google.script.run: arguments[0] is a Date; only primitives, objects and arrays cross' },
    { what: 'a Date as return value', name: 'when', args: [], message: 'google.script.run: the return value is a Date; only primitives, objects and arrays cross' },
    { what: 'a private function', name: 'helper_', args: [], message: 'Script function not found: helper_' },
  ])('$what reaches the failure handler', async ({ name, args, message }) => {
    await expect(callServer(scriptRun(server), name, args)).rejects.toThrow(message);
  });

  test('a refused argument never reaches the server', async () => {
    calls.length = 0;
    await callServer(scriptRun(server), 'echo', [() => 1]).catch(() => undefined);
    expect(calls).toEqual([]);
  });
});
