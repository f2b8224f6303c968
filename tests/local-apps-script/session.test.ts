// Session, Logger and console (developers.google.com/apps-script/reference/base/session, .../base/logger).
import { createLogging, createSession } from '../../src/local-apps-script/session';
import { serviceEnv } from './support/service-env';

describe('Session and logging', () => {
  test('Session answers the script time zone and the running user', () => {
    const s = createSession(serviceEnv());
    expect([s.getScriptTimeZone(), s.getActiveUser().getEmail(), s.getEffectiveUser().getEmail()])
      .toEqual(['Europe/Paris', 'coordination@example.org', 'coordination@example.org']);
  });

  test('Logger.log formats like printf and console levels are marked', () => {
    const logs: string[] = [];
    const { logger, console } = createLogging(serviceEnv(), logs);
    logger.log('%s commandes', 3);
    logger.log({ a: 1 });
    console.warn('attention', 2);
    console.log('ok');
    expect(logs).toEqual(['3 commandes', '{"a":1}', '[warn] attention 2', 'ok']);
  });
});
