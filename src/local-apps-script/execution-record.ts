// What the runtime remembers of one execution: tests and benchmarks read these.
import type { CallCounts } from './accounting';

export type ExecutionKind = 'run' | 'trigger' | 'menu';
export type TriggerKind = 'form-submit' | 'time' | 'open' | 'edit';

export interface ExecutionRecord {
  /** The function Apps Script called. */
  name: string;
  kind: ExecutionKind;
  trigger?: TriggerKind;
  /** Epoch ms on the simulated clock. */
  startedAt: number;
  endedAt: number;
  counts: CallCounts;
  /** The message of the error that ended the execution, if one did. */
  error?: string;
  /** The call (`Class.method`) of another execution of a concurrent batch that this one ran inside, just before it took effect. */
  interleavedAt?: string;
}

/** A host Error carrying a script error's message (the script's own object is the `cause`). */
export function hostError(e: unknown): Error {
  const message = e !== null && typeof e === 'object' && 'message' in e ? String((e as Error).message) : String(e);
  const error = new Error(message, { cause: e });
  error.name = e !== null && typeof e === 'object' && 'name' in e ? String((e as Error).name) : 'Error';
  return error;
}
