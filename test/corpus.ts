/**
 * The development corpus lives beside the repository (../shared/corpus), never inside it. Tests that read it
 * skip with a clear message where it is absent (a user's fresh clone).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
export const HAS_CORPUS = existsSync(CORPUS_DIR);
export const SEED = `${CORPUS_DIR}seed/000_8c5c6d2715ecedd6.txt`;
export const SKIP_MESSAGE = '(skipped: ../shared/corpus not present beside the repository)';
