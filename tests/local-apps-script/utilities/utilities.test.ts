// The Utilities global (developers.google.com/apps-script/reference/utilities/utilities) and Blob
// (developers.google.com/apps-script/reference/base/blob).
import { createUtilities, formatString } from '../../../src/local-apps-script/utilities/utilities';
import { serviceEnv, thrownMessage } from '../support/service-env';

describe('Utilities', () => {
  test('base64 round-trips text, web-safe uses - and _', () => {
    const u = createUtilities(serviceEnv());
    expect(u.base64Encode('é?>')).toBe('w6k/Pg==');
    expect(u.base64EncodeWebSafe('é?>')).toBe('w6k_Pg==');
    expect(u.newBlob(u.base64DecodeWebSafe('w6k_Pg==')).getDataAsString()).toBe('é?>');
  });

  test('computeDigest gives Java signed bytes', () => {
    const u = createUtilities(serviceEnv());
    const md5 = u.computeDigest(u.DigestAlgorithm.MD5, 'abc');
    expect(md5.slice(0, 4)).toEqual([-112, 1, 80, -104]); // 900150983cd24fb0…
    expect(u.computeDigest(u.DigestAlgorithm.SHA_256, 'abc')).toHaveLength(32);
  });

  test('getUuid is deterministic per run and looks like a v4 uuid', () => {
    const a = createUtilities(serviceEnv());
    const b = createUtilities(serviceEnv());
    const first = [a.getUuid(), a.getUuid()];
    expect([b.getUuid(), b.getUuid()]).toEqual(first);
    expect(first[0]).not.toBe(first[1]);
    expect(first[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('sleep advances the simulated clock', () => {
    const env = serviceEnv();
    const before = env.clock.now();
    createUtilities(env).sleep(1500);
    expect(env.clock.now() - before).toBe(1500);
  });

  // "The maximum allowed value is 300000 (or 5 minutes)."
  // https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer)
  test.each([
    { ms: 300_000, error: null, slept: 300_000 },
    { ms: 300_001, error: 'Invalid argument: milliseconds', slept: 0 },
  ])('sleep($ms) throws $error', ({ ms, error, slept }) => {
    const env = serviceEnv();
    const before = env.clock.now();
    const u = createUtilities(env);
    if (error) expect(thrownMessage(() => u.sleep(ms))).toBe(error);
    else u.sleep(ms);
    expect(env.clock.now() - before).toBe(slept);
  });

  test('a blob keeps its bytes, name and content type', () => {
    const blob = createUtilities(serviceEnv()).newBlob('a;b', 'text/csv', 'x.csv');
    expect([blob.getName(), blob.getContentType(), blob.getDataAsString(), blob.getBytes()]).toEqual(['x.csv', 'text/csv', 'a;b', [97, 59, 98]]);
    blob.setName('y.csv');
    expect(blob.getName()).toBe('y.csv');
  });

  test.each([
    { template: '%s a %d ans', args: ['Lou', 7.9], out: 'Lou a 7 ans' },
    { template: '%.2f €', args: [3.456], out: '3.46 €' },
    { template: '100%%', args: [], out: '100%' },
    { template: '[%5s]', args: ['ab'], out: '[   ab]' },
  ])('formatString("$template") gives "$out"', ({ template, args, out }) => {
    expect(formatString(template, args)).toBe(out);
  });
});
