/**
 * `gongkai catalog lookup CODE [--year Y]` and `gongkai catalog search TEXT`.
 */
import type { Command } from 'commander';
import { COVERAGE_START, describeYears } from '../catalog/catalogue.js';
import { lookup, normalizeCode, search } from '../catalog/index.js';
import type { CatalogueName, Classification, CodeLookup, Level } from '../catalog/types.js';
import { year as yearValue } from './option-values.js';

const CLASSIFICATIONS: Record<Classification, string> = {
  function: '支出功能分类',
  'economic-dept': '部门预算支出经济分类',
  'economic-gov': '政府预算支出经济分类',
};
const LEVELS: Record<Level, string> = { class: '类', section: '款', item: '项' };
const EVIDENCE: Record<string, string> = {
  reference: '转录',
  observed: '文件印证',
  'reference+observed': '转录+文件印证',
};

/** "208 05 05" for a 项, as the tables print it. */
export function spacedCode(code: string): string {
  return [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)].filter(Boolean).join(' ');
}

function nameLine(n: CatalogueName): string {
  const seen = n.observedIn.length > 0 ? `；见于 ${n.observedIn.join('、')}` : '';
  const note = n.note ? `；${n.note}` : '';
  return `  ${n.name}（${describeYears([n])}，${EVIDENCE[n.evidence]}${seen}${note}）`;
}

export function formatLookup(found: CodeLookup, year?: number): string {
  const head = `${spacedCode(found.code)}  ${CLASSIFICATIONS[found.classification]} ${LEVELS[found.level]}`;
  const lines = [head];
  if (year !== undefined) {
    lines.push(
      found.validIn
        ? `${year}年名称：${found.names.map((n) => n.name).join('；')}`
        : `${year}年不在用（有效年度：${found.years}）`,
    );
  }
  lines.push('历年名称：', ...found.history.map(nameLine));
  if (found.history.some((n) => n.from === COVERAGE_START)) {
    lines.push(
      `注：目录自${COVERAGE_START}年起转录，“${COVERAGE_START}年起”表示该年已在用，更早的设立年份未记录。`,
    );
  }
  return lines.join('\n');
}

export function registerCatalogCommand(program: Command): void {
  const catalog = program.command('catalog').description('查询政府收支分类科目（功能分类、经济分类）');
  catalog
    .command('lookup')
    .description('按代码查询科目名称及有效年度')
    .argument('<code>', '科目代码，如 2080505 或 "208 05 05"')
    .option('-y, --year <year>', '年度（四位数字）', yearValue)
    .action((code: string, options: { year?: number }) => {
      const year = options.year;
      const found = lookup(code, year);
      if (!found) {
        console.error(`目录中没有科目代码 ${normalizeCode(code) || code}`);
        process.exitCode = 1;
        return;
      }
      console.log(formatLookup(found, year));
    });
  catalog
    .command('search')
    .description('按名称（或代码前缀）搜索科目')
    .argument('<text>', '名称中的文字或代码前缀')
    .action((text: string) => {
      const hits = search(text);
      if (hits.length === 0) {
        console.error(`没有名称包含“${text}”的科目`);
        process.exitCode = 1;
        return;
      }
      for (const h of hits)
        console.log(`${spacedCode(h.code).padEnd(10)} ${h.name}（${describeYears([h])}）`);
    });
}
