// An error whose message is meant for the coordinator, already in their language.
export class CabasError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CabasError';
  }
}
