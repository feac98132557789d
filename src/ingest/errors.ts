/**
 * A user's file that cannot be read. The CLI prints `message` (Chinese, names the file) without a stack trace
 * and exits with code 2; a batch reports it and goes on.
 */
export type IngestErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'empty'
  | 'binary'
  | 'unsupported-format'
  | 'corrupt'
  | 'encrypted'
  | 'no-text-layer'
  | 'too-large'
  | 'no-tables';

export class IngestError extends Error {
  readonly code: IngestErrorCode;
  readonly path: string;

  constructor(code: IngestErrorCode, path: string, message: string) {
    super(message);
    this.name = 'IngestError';
    this.code = code;
    this.path = path;
  }
}

export function isIngestError(e: unknown): e is IngestError {
  return e instanceof IngestError;
}
