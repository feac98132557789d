/** `npm run docs`: regenerate docs/rules.md from the rules' metadata. */
import { writeFileSync } from 'node:fs';
import { rulesMarkdown } from '../rules/docs.js';

const target = new URL('../../docs/rules.md', import.meta.url);
writeFileSync(target, rulesMarkdown());
process.stdout.write(`wrote ${target.pathname}\n`);
