/**
 * The command line as a user meets it: exit codes, one clear line for bad input (no stack trace), a batch that goes
 * on past a bad file, and JSON that scripts can read.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, gongkai, gongkaiWith, mainJs, root } from './built.js';
import { CONSISTENT_T3_ROWS, t1, t3, withCell } from './kits/disclosures.js';

/** The exit status of gongkai itself when a reader closes the pipe after a few bytes. */
function piped(args: string) {
  const r = spawnSync(
    'bash',
    ['-c', `set -o pipefail; node ${mainJs} ${args} | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`],
    { cwd: root, encoding: 'utf8' },
  );
  return { code: Number(r.stdout.trim()), stderr: r.stderr };
}

const STACK = /\n\s+at /;

let dir: string;
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'gongkai-cli-'));
}, 120_000);

const doc = (t3text: string) => `第二部分 2024年部门预算公开表\n\n${t1()}\n${t3text}`;

describe('gongkai check', () => {
  it('exits 0 on a consistent document and 1 when an error-level finding is reported', () => {
    expect(gongkai('check', file('ok.txt', doc(t3()))).code).toBe(0);
    const bad = gongkai('check', file('bad.txt', doc(t3(withCell(CONSISTENT_T3_ROWS, 6, 4, '51.25')))));
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('212 01 01 行政运行');
  });

  it('gives one clear line and exit 2 for a missing, empty, binary or foreign file — no stack trace', () => {
    const cases = [
      [join(dir, 'nope.pdf'), '不存在'],
      [file('empty.txt', ''), '空'],
      [file('binary.bin', Buffer.from([0, 1, 2, 3, 0, 255, 254])), '不是文本文件'],
      [file('letter.txt', '各位同事：\n\n明天开会。\n'), '没有识别出'],
    ] as const;
    for (const [path, words] of cases) {
      const r = gongkai('check', path);
      expect(r.code, path).toBe(2);
      expect(r.stderr, path).toContain(words);
      expect(r.stderr, path).toContain(path.split('/').pop());
      expect(r.stderr, path).not.toMatch(/\n\s+at /);
    }
  });

  it('checks the other files of a batch and reports the bad one; JSON has one entry per file', () => {
    const good = file('good.txt', doc(t3()));
    const r = gongkai('check', good, join(dir, 'missing.txt'), '--format', 'json', '--no-progress');
    expect(r.code).toBe(2);
    const batch = JSON.parse(r.stdout);
    expect(batch.schemaVersion).toBeTypeOf('string');
    expect(batch.documents).toHaveLength(2);
    expect(batch.documents[0].tables.length).toBeGreaterThan(0);
    expect(batch.documents[1].error.code).toBe('not-found');
  });

  it('checks a folder recursively and a zip by content, and closes a terminal batch with a summary table', () => {
    const folder = join(dir, '全区');
    mkdirSync(join(folder, '子目录'), { recursive: true });
    writeFileSync(join(folder, '甲局.txt'), doc(t3()));
    writeFileSync(join(folder, '子目录', '乙局.txt'), doc(t3(withCell(CONSISTENT_T3_ROWS, 6, 4, '51.25'))));
    writeFileSync(join(folder, '笔记.md'), 'not a disclosure');
    const archive = file(
      '上报.dat',
      Buffer.from(zipSync({ '丙局.txt': new TextEncoder().encode(doc(t3())) })),
    );
    const r = gongkai('check', folder, archive, '--no-progress', '--no-color');
    expect(r.code).toBe(1);
    const summary = r.stdout.slice(r.stdout.indexOf('批量检查汇总')).split('\n');
    expect(summary[1]).toMatch(/^文件\s+表格\s+错误\s+警告\s+状态$/);
    expect(summary[2]).toMatch(/全区\/子目录\/乙局\.txt\s+2\s+[1-9]\d*\s+\d+\s+有错误$/);
    expect(summary[3]).toMatch(/全区\/甲局\.txt\s+2\s+0\s+\d+\s+(通过|有警告)$/);
    expect(summary[4]).toMatch(/上报\.dat\/丙局\.txt\s+2\s+0\s+\d+\s+(通过|有警告)$/);
    expect(summary[5]).toMatch(/^共 3 个文件：检查 3 个，无法读取 0 个；表格 6 张/);
    expect(r.stdout).not.toContain('笔记');
  });

  it('a folder is a batch in JSON even with one document; an empty folder is an unreadable input', () => {
    const one = join(dir, 'one');
    mkdirSync(one);
    writeFileSync(join(one, 'a.txt'), doc(t3()));
    const r = gongkai('check', one, '-f', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).documents.map((d: { file: string }) => d.file)).toEqual([join(one, 'a.txt')]);
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const e = gongkai('check', empty);
    expect(e.code).toBe(2);
    expect(e.stderr).toContain('目录里没有可检查的文件');
  });

  it('refuses an unknown format with exit 2 and explains --help in Chinese', () => {
    expect(gongkai('check', file('x.txt', doc(t3())), '--format', 'doc').code).toBe(2);
    expect(gongkai('check').code).toBe(2);
    const help = gongkai('check', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('退出码');
  });
});

describe('gongkai extract and rules', () => {
  it('dumps what was read as JSON: the raw grids and the recognized tables', () => {
    const r = gongkai('extract', file('e.txt', doc(t3())), '--format', 'json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.raw.blocks.some((b: { type: string }) => b.type === 'table')).toBe(true);
    expect(out.tables.map((t: { label: string }) => t.label)).toEqual(['表1', '表3']);
  });

  it('renders the example data into a disclosure that checks clean, and the bundled misprint is named', () => {
    const rendered = gongkai('render', 'examples/example-budget.json');
    expect(rendered.code).toBe(0);
    expect(gongkai('check', file('rendered.txt', rendered.stdout)).code).toBe(0);
    const example = gongkai('check', 'examples/example-disclosure.txt', '--no-color');
    expect(example.code).toBe(1);
    expect(example.stdout).toContain('表5 210 11 02 事业单位医疗 · 基本支出：35.43，改为 34.53');
  });

  it('render --template writes the workbook to fill; an unfilled one is refused in Chinese, exit 2', () => {
    const template = join(dir, '模板.xlsx');
    expect(gongkai('render', '--template', '-o', template).code).toBe(0);
    const r = gongkai('render', template);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^错误：数据不一致，无法生成公开表：\n- 缺少编制部门 department/u);
    expect(gongkai('render', '--template').stderr).toBe(
      '错误：--template 请用 --output 指定要写入的 .xlsx 文件\n',
    );
  });

  it('render -f pdf without LibreOffice or Chromium: one Chinese line saying what to install, exit 2', () => {
    const none = { GONGKAI_SOFFICE: '/nonexistent/soffice', GONGKAI_CHROMIUM: '/nonexistent/chromium' };
    const r = gongkaiWith(
      none,
      'render',
      'examples/example-budget.json',
      '-f',
      'pdf',
      '-o',
      join(dir, 'x.pdf'),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^错误：生成 PDF 需要 LibreOffice 或 Chromium，两者都未安装：请安装 [^\n]*\n$/u);
  });

  it('lists the rules from their metadata', () => {
    const r = gongkai('rules', '--format', 'json');
    expect(JSON.parse(r.stdout).map((m: { id: string }) => m.id)).toContain('identity-row-sum');
  });
});

describe('exit codes and messages scripts can trust (README table)', () => {
  it('2 for bad usage, with one Chinese line naming the option or path and the reason', () => {
    const txt = file('usage.txt', doc(t3()));
    file('a-file', 'x');
    const cases: [string[], RegExp][] = [
      [['rules', '-f', 'xml'], /^错误：选项 -f, --format <format> 的取值“xml”无效，可选：text, json\n$/],
      [['check', txt, '-f', 'doc'], /^错误：选项 -f.*“doc”无效/],
      [['check', txt, '-f', 'xlsx'], /^错误：xlsx 格式需要用 --output 指定文件名\n$/],
      [['check', txt, '-f', 'pdf'], /^错误：pdf 格式需要用 --output 指定文件名\n$/],
      [['extract', txt, '-f', 'doc'], /^错误：选项 -f.*“doc”无效/],
      [['render', 'examples/example-budget.json', '-f', 'doc'], /^错误：选项 -f.*“doc”无效/],
      [['render', 'examples/example-budget.json', '-f', 'pdf'], /^错误：pdf 格式请用 --output 指定文件\n$/],
      [
        ['catalog', 'lookup', '2080505', '--year', 'abc'],
        /^错误：选项 -y, --year <year> 的取值“abc”无效：年份应为四位数字/,
      ],
      [['check', txt, '-o', dir], /^错误：无法写入 .*：这是一个已有的目录，请给出文件名\n$/],
      [
        ['check', txt, '-o', join(dir, 'a-file', 'r.json')],
        /^错误：无法写入 .*：路径中有一段是文件而不是目录\n$/,
      ],
      [
        ['extract', txt, '-f', 'csv', '-o', join(dir, 'a-file')],
        /^错误：无法写入 .*：这是一个已有的文件，请给出目录\n$/,
      ],
      [['extract', txt, '-f', 'xlsx'], /^错误：xlsx 格式需要用 --output 指定文件名\n$/],
      [
        ['render', 'examples/example-budget.json', '-o', join(dir, 'a-file', 'r.txt')],
        /^错误：无法写入 .*：路径中有一段是文件而不是目录\n$/,
      ],
      [
        ['render', 'examples/example-budget.json', '-f', 'html', '-o', dir],
        /^错误：无法写入 .*：这是一个已有的目录，请给出文件名\n$/,
      ],
      [
        ['render', '--template', '-o', join(dir, 'a-file', 't.xlsx')],
        /^错误：无法写入 .*：路径中有一段是文件而不是目录\n$/,
      ],
      [['catalog', 'lookup', '2080505', '-f', 'xml'], /^错误：未知选项 -f\n$/],
      [['check', txt, '--bogus'], /^错误：未知选项 --bogus\n$/],
      [['chek', txt], /^错误：未知命令 chek（是不是 check？）\n$/],
      [['check'], /^错误：缺少参数 <paths>\n$/],
    ];
    for (const [args, message] of cases) {
      const r = gongkai(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stdout, args.join(' ')).toBe('');
    }
  });

  it('0 and 1 for every subcommand that succeeds or finds something, as the table says', () => {
    const ok = file('row-ok.txt', doc(t3()));
    const bad = file('row-bad.txt', doc(t3(withCell(CONSISTENT_T3_ROWS, 6, 4, '51.25'))));
    const cases: [string[], number][] = [
      [['check', ok], 0],
      [['check', bad], 1],
      [['extract', ok, '-f', 'json'], 0],
      [['rules'], 0],
      [['render', 'examples/example-budget.json'], 0],
      [['catalog', 'lookup', '2080505'], 0],
      // Nothing found is catalog's "1", as grep's.
      [['catalog', 'lookup', '9999999'], 1],
    ];
    for (const [args, code] of cases) {
      const r = gongkai(...args);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr, args.join(' ')).not.toMatch(STACK);
    }
  });

  it('2 outranks 1: a batch with an error-level finding and an unreadable file exits 2, both reported', () => {
    const bad = file('rank-bad.txt', doc(t3(withCell(CONSISTENT_T3_ROWS, 6, 4, '51.25'))));
    const r = gongkai('check', bad, join(dir, 'rank-missing.txt'), '-f', 'json', '--no-progress');
    expect(r.code).toBe(2);
    const [found, missing] = JSON.parse(r.stdout).documents;
    expect(found.findings.some((f: { severity: string }) => f.severity === 'error')).toBe(true);
    expect(missing.error.code).toBe('not-found');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('3 for a bug in gongkai: one line, the stack trace only with --debug or GONGKAI_DEBUG=1', () => {
    const txt = file('bug-here.txt', doc(t3()));
    const fault = { GONGKAI_FAULT: 'bug:bug-here' };
    const r = gongkaiWith(fault, 'check', txt);
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('内部错误');
    expect(r.stderr).not.toMatch(STACK);
    expect(gongkaiWith(fault, 'check', txt, '--debug').stderr).toMatch(STACK);
    expect(gongkaiWith({ ...fault, GONGKAI_DEBUG: '1' }, 'check', txt).stderr).toMatch(STACK);
    // extract reads in the checking child as check does: the same one line, and the trace under --debug.
    const extract = gongkaiWith(fault, 'extract', txt);
    expect(extract.code).toBe(3);
    expect(extract.stderr).toMatch(/^gongkai 内部错误：[^\n]*\n$/);
    expect(gongkaiWith(fault, 'extract', txt, '--debug').stderr).toMatch(STACK);
    // In a batch the bug is that file's entry; the other file is still reported, and 3 outranks 2 and 1.
    const batch = gongkaiWith(fault, 'check', txt, file('fine.txt', doc(t3())), '-f', 'json');
    expect(batch.code).toBe(3);
    const docs = JSON.parse(batch.stdout).documents;
    expect(docs[0].error.code).toBe('internal');
    expect(docs[1].tables.length).toBeGreaterThan(0);
  });

  it('a reader that closes the pipe early (| head) ends the run quietly', () => {
    const txt = file('pipe.txt', doc(t3()));
    for (const args of [
      `check ${txt} -f json`,
      `extract ${txt}`,
      'rules -f json',
      `check ${txt} ${txt} --no-progress`,
    ]) {
      const r = piped(args);
      expect(r.stderr, args).toBe('');
      expect([0, 1], args).toContain(r.code);
    }
  });

  it('check and extract state every limit with its default in --help', () => {
    for (const command of ['check', 'extract']) {
      const help = gongkai(command, '--help').stdout.replace(/\s+/g, ' ');
      for (const limit of [
        /--timeout <seconds> 单个文件的检查时限（秒）[^（]*（默认：120）/,
        /--max-memory <mb> 每个检查线程的内存上限（MB）.*（默认：2048）/,
        /--max-pages <n> PDF 页数上限（默认：1000）/,
        /--max-text <chars> 单个文件的文字量上限（字符数）（默认：5000000）/,
        /--max-cells <n> 单个文件中表格单元格数的上限.*（默认：1000000）/,
        /--max-ocr-pages <n> .*（默认：50）/,
        /大小上限 200 MB/,
      ])
        expect(help, command).toMatch(limit);
    }
  });

  it('speaks Chinese in help: 用法, 选项, 命令, and states the exit codes', () => {
    const top = gongkai('--help');
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/^用法： gongkai \[选项\] \[命令\]/);
    expect(top.stdout).toContain('选项：');
    expect(top.stdout).toContain('命令：');
    expect(top.stdout).toContain('退出码');
    expect(top.stdout).not.toMatch(/Usage|Options|Commands|default:|display help/);
    expect(gongkai('check', '--help').stdout).toContain('默认："text"');
  });
});
