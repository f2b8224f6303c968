// An error whose message is meant for the coordinator, already in their language.
export class CabasError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CabasError';
  }
}

/** The hidden state is lost while a cycle runs: what was parked stays parked until « Réparer ». */
export class StateLostError extends CabasError {}
