// A fault at start-up that the operator can fix (the database file is read-only, the port is taken, another bot
// runs on the same file): the process stops and prints the message, which names the fix, never a stack trace.
export class StartupError extends Error {
  readonly code = 'STARTUP_FAILED';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartupError';
  }
}
