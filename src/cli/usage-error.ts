/**
 * A mistake in how gongkai was called (a bad option value, an output path that cannot be written): the CLI prints
 * the message as one line and exits 2. The message is Chinese and names the path or option and the reason.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function isUsageError(e: unknown): e is UsageError {
  return e instanceof UsageError;
}
