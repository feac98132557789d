/**
 * Regenerate examples/: the example's data as JSON and its rendering with ONE deliberate misprint
 * (npx tsx src/render/make-example.ts). The README's first command checks that file.
 */
import { writeFileSync } from 'node:fs';
import { exampleBudgetData, nationalTables, renderTablesText } from './index.js';

const data = exampleBudgetData();
const dir = new URL('../../examples/', import.meta.url);
writeFileSync(new URL('example-budget.json', dir), `${JSON.stringify(data, null, 2)}\n`);
const tables = nationalTables(data);
// The misprint: 表5, 210 11 02 事业单位医疗, 基本支出 34.53 printed as 35.43 (two digits swapped).
const t5 = tables.find((t) => t.label === '表5')!;
const row = t5.rows.find((r) => r[0] === '210' && r[1] === '11' && r[2] === '02')!;
if (row[5] !== '34.53') throw new Error(`unexpected example data: ${row.join('|')}`);
row[5] = '35.43';
writeFileSync(new URL('example-disclosure.txt', dir), renderTablesText(data, tables));
process.stdout.write('examples/ regenerated\n');
