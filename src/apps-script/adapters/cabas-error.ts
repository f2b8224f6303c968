// An error whose message is meant for the coordinator, already in their language.
export class CabasError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CabasError';
  }
}

/** The hidden state is lost while a cycle runs: what was parked stays parked until « Réparer ». */
export class StateLostError extends CabasError {}

/**
 * The script lock stayed busy for the whole wait (another execution held it: a burst of
 * submissions, a long sending). Passing, not a refusal: a trigger keeps its retry, a menu item
 * says to try again; nothing was changed.
 */
export class LockBusyError extends CabasError {}
