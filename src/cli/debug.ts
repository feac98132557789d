/** Stack traces are for maintainers: shown only with --debug (anywhere on the command line) or GONGKAI_DEBUG=1. */
export function debugEnabled(): boolean {
  return process.argv.includes('--debug') || process.env.GONGKAI_DEBUG === '1';
}
