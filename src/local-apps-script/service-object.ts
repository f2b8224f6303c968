// The shorthand every fake uses to record a call in the execution's accounting (accounting.ts).
import type { CallKind } from './accounting';
import type { RuntimeEnv } from './env';

/** Records one call in the execution's accounting (shorthand used by every local service). */
export function record(env: RuntimeEnv, service: string, method: string, kind: CallKind, cells?: { read?: number; written?: number }): void {
  env.accounting.record(service, method, kind, cells);
}
