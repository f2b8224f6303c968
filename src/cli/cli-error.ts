// An error for a person at the command line: printed as it is, without a stack trace.
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
