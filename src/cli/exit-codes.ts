/** Exit codes scripts can rely on (documented in README and `gongkai --help`). */
export const EXIT = {
  /** Every document read and no error-level finding. */
  ok: 0,
  /** At least one error-level finding. */
  findings: 1,
  /** A file could not be read, or bad usage. Takes precedence over 1. */
  input: 2,
  /** A bug in gongkai. */
  internal: 3,
} as const;
