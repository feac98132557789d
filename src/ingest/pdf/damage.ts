/**
 * What pdf.js repaired or skipped while reading a damaged file, so that the report says the file is damaged
 * instead of reporting as if it were whole. pdf.js reads around damage quietly — it rebuilds a broken
 * cross-reference table ("Indexing all PDF objects"), skips operators it cannot parse, falls back to a default
 * font — and tells only through its warnings (console.warn at verbosity WARNINGS). While a document is read, those
 * warnings are routed here and attributed to the page being read; a page pdf.js cannot read at all is skipped and
 * named. A thread reads one document at a time (the check pool), so the one listener is the current document's.
 */
import type { IngestWarning, PageDamage } from '../../model/raw.js';
import { pageRanges } from './ranges.js';
import type { WithheldFont } from './type1.js';

type Kind = 'xref' | 'content' | 'font';

/** Warnings that are not damage: images gongkai does not read, TrueType hinting, pdf.js's own setup. */
const IGNORED = /Image|Jpx|JBIG|jpeg|CCITT|wasm|openjpeg|^TT: |standardFontDataUrl|cMapUrl/iu;
const XREF = /XRef|Indexing all PDF objects|trailer|startxref|"Root"/u;
const FONT =
  /charstring|loca|indexToLocFormat|glyf|hmtx|cmap|CFF|Type1|TrueType|FontFile|Font "|font file|loadFont|translateFont/iu;

/** What pdf.js says of a font program ./type1.ts withheld from it (a zlib header it refuses, or blanks). */
const WITHHELD = /flate stream: 0, 0|"Length1" property in Type1 font/u;

export function classify(warning: string): Kind | undefined {
  if (IGNORED.test(warning)) return undefined;
  if (XREF.test(warning)) return 'xref';
  if (FONT.test(warning)) return 'font';
  return 'content';
}

let listener: ((warning: string) => void) | undefined;
let installed = false;

/** Route pdf.js's "Warning: …" lines to the current listener; outside a read they are dropped, never printed. */
function install(): void {
  if (installed) return;
  installed = true;
  const original = console.warn.bind(console);
  console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (!text.startsWith('Warning: ')) return original(...args);
    listener?.(text.slice('Warning: '.length));
  };
}

/** A page pdf.js could not read at all: skipped, and named in the notice. */
export class UnreadablePage extends Error {
  constructor(
    readonly page: number,
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** A pdf.js call for one page; its failure is that page's, not the document's. */
export async function pageCall<T>(page: number, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    throw new UnreadablePage(page, e instanceof Error ? e.message : String(e));
  }
}

/** The damage seen while one document is read. */
export class DamageLog {
  /** The page being read; warnings before the first page are the document's (its cross-reference table). */
  page: number | undefined;
  private readonly xref: string[] = [];
  private readonly pages = new Map<number, { kind: PageDamage['what']; detail: string }>();
  /** Fonts seen so far, and those first loaded on a page whose font was damaged (with that damage's detail). */
  private readonly seenFonts = new Set<string>();
  private readonly damagedFonts = new Map<string, string>();
  /** Font programs withheld from pdf.js as damaged (./type1.ts), said in the words of their damage. */
  private withheldFonts = '';

  listen(): void {
    install();
    listener = (w) => this.warn(w);
  }

  stop(): void {
    listener = undefined;
  }

  /** Font programs withheld from pdf.js: the page that loads one has font damage, in these words. */
  withhold(fonts: readonly WithheldFont[]): void {
    this.withheldFonts = fonts
      .map(
        (f) =>
          `字体程序${f.name ? ` ${f.name}` : ''}（对象 ${f.object}）损坏：${f.reason}，未采用，按替代字体读取`,
      )
      .join('；');
  }

  private warn(text: string): void {
    const withheld = this.withheldFonts !== '' && WITHHELD.test(text);
    const kind = withheld ? 'font' : classify(text);
    const warning = withheld ? this.withheldFonts : text;
    if (!kind) return;
    if (kind === 'xref' || this.page === undefined) {
      // A font is loaded for a page; before any page, a warning is of the file's structure.
      if (!withheld) this.xref.push(warning);
      return;
    }
    // A broken content stream outranks a font problem on the same page; the first detail is kept.
    const had = this.pages.get(this.page);
    if (!had || (had.kind === 'font' && kind === 'content'))
      this.pages.set(this.page, { kind, detail: warning });
  }

  /**
   * The fonts page `page` was set in, once it is read. pdf.js loads a font once, on the first page that uses it,
   * and warns of its damage there only: the fonts first loaded on a page with font damage are taken as the damaged
   * ones (all of them, as the warning does not say which), and every later page set in one of them is noted too.
   */
  fonts(page: number, fonts: readonly string[]): void {
    const fresh = fonts.filter((f) => !this.seenFonts.has(f));
    for (const f of fresh) this.seenFonts.add(f);
    const here = this.pages.get(page);
    if (here?.kind === 'font') {
      for (const f of fresh) this.damagedFonts.set(f, here.detail);
      return;
    }
    const shared = fonts.find((f) => this.damagedFonts.has(f));
    if (shared !== undefined && !here)
      this.pages.set(page, { kind: 'font', detail: this.damagedFonts.get(shared) ?? '' });
  }

  unreadable(page: number, detail: string): void {
    this.pages.set(page, { kind: 'unreadable', detail });
  }

  /** The damaged pages, for findings located on them. */
  damage(): PageDamage[] {
    return [...this.pages.entries()]
      .sort(([a], [b]) => a - b)
      .map(([page, d]) => ({ page, broken: d.kind !== 'font', what: d.kind }));
  }

  /** One notice for the document: what was damaged, what was repaired, which pages to distrust. */
  notice(name: string): IngestWarning[] {
    const parts: string[] = [];
    if (this.xref.length > 0) parts.push(`交叉引用表（xref）损坏，已重建后读取（${this.xref[0]}）`);
    const of = (kind: PageDamage['what']) => {
      const pages = [...this.pages.entries()].filter(([, d]) => d.kind === kind).sort(([a], [b]) => a - b);
      return { list: pages.map(([p]) => p), detail: pages[0]?.[1].detail };
    };
    const content = of('content');
    if (content.list.length > 0)
      parts.push(
        `第${pageRanges(content.list)}页的内容流损坏，已尽量读取，这些页的表格可能不全或读错（${content.detail}）`,
      );
    const font = of('font');
    if (font.list.length > 0)
      parts.push(`第${pageRanges(font.list)}页的字体损坏或缺失，这些页的文字可能读错（${font.detail}）`);
    const unreadable = of('unreadable');
    if (unreadable.list.length > 0)
      parts.push(`第${pageRanges(unreadable.list)}页无法读取，已跳过（${unreadable.detail}）`);
    if (parts.length === 0) return [];
    const first = this.damage()[0]?.page;
    return [
      {
        code: 'pdf-damaged',
        message: `文件 ${name} 有损坏：${parts.join('；')}。其余内容已读取并检查；位于损坏页上的问题已注明`,
        ...(first !== undefined ? { prov: { page: first } } : {}),
      },
    ];
  }
}
