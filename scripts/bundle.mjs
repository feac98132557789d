// Bundles the checking child's code (dist/pipeline/reader-entry.js: the child's loop, the thread pool's task, every
// reader, pdf.js's two halves, recognition, rules, localization, the report) into one script, dist/bundle/reader.cjs,
// which dist/pipeline/code-cache.js runs with a V8 code cache. As ES modules the same code is compiled anew by every
// checking process — a fifth of a second of CPU before the first page is read, more than pdf.js then spends on a
// small file — and no Node 20 API keeps the compiled code of ES modules; a classic script can keep it.
// Run after tsc (`npm run build`): it bundles the compiled JavaScript, not the TypeScript, so the bundle is the code
// tsc wrote. dist/bundle/reader.json lists the inputs; the loader ignores the bundle when one of them is newer (a
// `tsc` run without this step) and loads the modules themselves.
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const out = join(dist, 'bundle');

/**
 * Packages loaded from their own files at run time: native code (@napi-rs/canvas, sharp), packages that start
 * threads or processes from a file of their own (piscina, tesseract.js), and the large readers of formats other than
 * PDF (exceljs), which a PDF check never loads.
 */
const EXTERNAL = ['@napi-rs/canvas', 'sharp', 'piscina', 'tesseract.js', 'exceljs'];

/**
 * `import.meta.url` has no meaning in a classic script: each module's use of it becomes the URL of the file it was
 * bundled from, found at run time — a file of dist/ relative to the bundle, a package's file by Node's resolution
 * from the bundle (the same file the module itself would have been) — so paths made from it stay right wherever
 * gongkai is installed.
 */
const metaUrl = {
  name: 'import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.(m?js|cjs)$/ }, (args) => {
      const text = patchPdfjs(args.path, readFileSync(args.path, 'utf8'));
      if (!text.includes('import.meta.url')) return { contents: text, loader: 'js' };
      const rel = relative(dist, args.path).split(sep).join('/');
      const inDist = !rel.startsWith('..');
      let url;
      if (inDist) url = `__gkDistUrl(${JSON.stringify(rel)})`;
      else {
        const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(args.path.split(sep).join('/'));
        if (!m) throw new Error(`import.meta.url in ${args.path}: neither in dist/ nor in a package`);
        url = `__gkPackageUrl(${JSON.stringify(m[1])}, ${JSON.stringify(m[2])})`;
      }
      return { contents: text.replaceAll('import.meta.url', url), loader: 'js' };
    });
  },
};

/** pdf.js's two halves as its legacy build ships them: the main side and the worker side. */
const PDFJS_HALVES = [/pdfjs-dist\/legacy\/build\/pdf\.mjs$/, /pdfjs-dist\/legacy\/build\/pdf\.worker\.mjs$/];

/**
 * pdf.js rebuilds every embedded TrueType font into a font file a browser would accept: it rewrites each glyph's
 * outline (sanitizeGlyphLocations: a full Chinese font has 20–30 thousand), a new cmap and the tables around them,
 * then sends the file to the main side, which encodes it in base64 for an @font-face rule. Text extraction uses none
 * of it: a glyph's text comes from the ToUnicode map, its advance from the PDF's widths, both read before the font
 * file is touched. On the corpus's text PDFs that rebuilding was a fifth of the checking process's CPU (yantai-012:
 * 400 of 1,950 ms). So a document opened with `gkTextOnly` (../src/ingest/pdf/load.ts: the text-and-rulings opening,
 * never the one OCR renders from) keeps every glyph outline as it is and sends no font file. The font's tables are
 * still read and checked, so a damaged font fails and warns as before (the report's damage notice depends on it).
 */
const TEXT_ONLY_FONTS = [
  {
    file: PDFJS_HALVES[0],
    from: '    evaluatorOptions: {\n      maxImageSize,',
    to: '    evaluatorOptions: {\n      gkTextOnly: src.gkTextOnly === true,\n      maxImageSize,',
  },
  {
    file: PDFJS_HALVES[1],
    from: '    this.fontExtraProperties = evaluatorOptions.fontExtraProperties;\n    this.loadedName = properties.loadedName;',
    to: '    this.fontExtraProperties = evaluatorOptions.fontExtraProperties;\n    this.gkTextOnly = evaluatorOptions.gkTextOnly === true;\n    this.loadedName = properties.loadedName;',
  },
  // numGlyphs 0 goes the original way, which throws (no glyph to anchor the table on) and falls back as before.
  {
    file: PDFJS_HALVES[1],
    from: '      const glyphsInfo = sanitizeGlyphLocations(',
    to: '      const glyphsInfo = this.gkTextOnly && numGlyphs > 0 ? { missingGlyphs: Object.create(null), maxSizeOfInstructions } : sanitizeGlyphLocations(',
  },
  // A composite font maps each of its codes (65,536 for Identity-H) to a glyph of the new font; its text is its
  // ToUnicode map's. (The one refusal there, a CID beyond 65,535, is a limit of the rebuilt font's cmap format.)
  {
    file: PDFJS_HALVES[1],
    from: '    if (properties.composite) {\n      const cidToGidMap = properties.cidToGidMap || [];',
    to: '    if (properties.composite && this.gkTextOnly) {\n    } else if (properties.composite) {\n      const cidToGidMap = properties.cidToGidMap || [];',
  },
  // What follows the glyphs builds the new font's cmap and OS/2 tables (from every glyph, now none is missing) and
  // writes the file; the name table is still read, since a symbolic font's text map may be amended from it.
  {
    file: PDFJS_HALVES[1],
    from: '    if (!properties.cssFontInfo) {\n      const newMapping = adjustMapping(',
    to: '    if (!properties.cssFontInfo && !this.gkTextOnly) {\n      const newMapping = adjustMapping(',
  },
  {
    file: PDFJS_HALVES[1],
    from: '    const builder = new OpenTypeFileBuilder(header.version);',
    to: '    if (this.gkTextOnly) {\n      return undefined;\n    }\n    const builder = new OpenTypeFileBuilder(header.version);',
  },
  {
    file: PDFJS_HALVES[1],
    from: '    amendFallbackToUnicode(properties);\n    this.data = data;',
    to: '    amendFallbackToUnicode(properties);\n    this.data = this.gkTextOnly ? undefined : data;',
  },
];

/**
 * Lines of pdf.js changed in the bundle only (node_modules is left as it is). The build fails if pdf.js no longer
 * has one of them, so that a new pdf.js is looked at again.
 *
 * The worker half's text state, copied at every `q` of a content stream by getTextContent, was copied onto an
 * object whose prototype is the state copied (`Object.create(this)`). That makes each state a prototype, with maps
 * of its own, and every access to a text state in getTextContent megamorphic: a third of the CPU of reading a
 * 31-page budget (chongqing-007, warm). The copy takes every own property (Object.assign), so the chain added
 * nothing: here the copy's prototype is the class's.
 */
const PDFJS_PATCHES = [
  {
    file: /pdfjs-dist\/legacy\/build\/pdf\.worker\.mjs$/,
    from: 'const clone = Object.assign(Object.create(this), this);',
    to: 'const clone = Object.assign(Object.create(Object.getPrototypeOf(this)), this);',
  },
  // Both halves add Response.prototype.bytes (Node 20 lacks it) on import. Merely naming Response makes Node load
  // its fetch (undici, with http, http2, tls and crypto: 55 more of Node's modules, 80–110 ms of every checking
  // process's start); gongkai hands pdf.js bytes and never fetches, so the polyfill is left out.
  ...PDFJS_HALVES.map((file) => ({
    file,
    from: 'if (typeof Response.prototype.bytes !== "function") {',
    to: 'if (false) {',
  })),
  // pdf.js inflates content streams and font programs through DecompressionStream, which Node runs as web streams
  // over an asynchronous zlib: two stream layers, a promise per chunk and a hop to the thread pool for each of the
  // thousands of streams a document has. zlib's inflateSync does the same decompression in one call (pdf.js keeps
  // its own decoder for a stream zlib refuses, as before; beyond 256 MB it is refused, so that a bomb meets the
  // checking process's memory limit rather than one allocation). Not for images: a scanned page's picture inflates to
  // tens of MB from a few hundred KB, and taken in one call pdf.js holds them (quanzhou-002-scanned, 19 pages: 1,360
  // MB peak instead of 300); streamed through DecompressionStream they are let go page by page.
  {
    file: PDFJS_HALVES[1],
    from: '    try {\n      const {\n        readable,\n        writable\n      } = new DecompressionStream(name);',
    to: '    try {\n      if (name === "deflate" && this.dict?.get("Subtype")?.name !== "Image") return { decompressed: __gkInflate(bytes), compressed: bytes };\n      const {\n        readable,\n        writable\n      } = new DecompressionStream(name);',
  },
  // core-js's detach-transferable reads MessageChannel on import (Node then loads its worker messaging, ~20 ms) but
  // uses it only where structuredClone cannot transfer, which Node 20's can: it is read only then.
  ...PDFJS_HALVES.map((file) => ({
    file,
    from: 'var $MessageChannel = globalThis.MessageChannel;',
    to: 'var $MessageChannel = PROPER_STRUCTURED_CLONE_TRANSFER ? undefined : globalThis.MessageChannel;',
  })),
  ...TEXT_ONLY_FONTS,
  // The text-and-rulings opening records each image as the opening with images does (the same operator, its
  // size, where it is drawn) and decodes none: ../src/ingest/pdf/page.ts tells a scanned page and its resolution
  // from that alone, so a scan's pictures are decoded once, for OCR, instead of twice (a 300-dpi JPEG 2000 page:
  // ~0.4 s, and a decoder of ~170 MB). `gkUndecodedImages` is the size limit the opening with images has; pdf.js
  // itself, run from its modules, ignores the key and drops every image of that opening (maxImageSize 0). Inside a
  // Type 3 glyph an image is left out as before (it would have become a path).
  {
    file: PDFJS_HALVES[0],
    from: '      gkTextOnly: src.gkTextOnly === true,\n',
    to: '      gkTextOnly: src.gkTextOnly === true,\n      gkUndecodedImages: src.gkUndecodedImages ?? 0,\n',
  },
  {
    file: PDFJS_HALVES[1],
    from: '    if (maxImageSize !== -1 && w * h > maxImageSize) {\n      const msg = "Image exceeded maximum allowed size and was removed.";',
    to: '    if (maxImageSize !== -1 && w * h > (this.options.gkUndecodedImages || maxImageSize)) {\n      const msg = "Image exceeded maximum allowed size and was removed.";',
  },
  {
    file: PDFJS_HALVES[1],
    from: '    const imageMask = dict.get("IM", "ImageMask") || false;\n    let imgData, fn, args;',
    to: '    const imageMask = dict.get("IM", "ImageMask") || false;\n    let imgData, fn, args;\n    if (this.options.gkUndecodedImages) {\n      if (this.parsingType3Font) {\n        return;\n      }\n      const small = isInline && w + h < 200 && !dict.has("SMask") && !dict.has("Mask");\n      fn = imageMask ? OPS.paintImageMaskXObject : small ? OPS.paintInlineImageXObject : OPS.paintImageXObject;\n      operatorList.addImageOps(fn, [null, w, h], optionalContent);\n      return;\n    }',
  },
  // A simple TrueType font with an encoding finds each of its 256 codes' glyph by walking the font's whole cmap: a
  // Chinese font maps 20–30 thousand characters, so 5–7 million steps a font (quanzhou-007: 45 ms). The first
  // mapping of each character, looked up in a map made once, is the same glyph.
  {
    file: PDFJS_HALVES[1],
    from: '          for (const mapping of cmapMappings) {\n            if (mapping.charCode !== unicodeOrCharCode) {\n              continue;\n            }\n            charCodeToGlyphId[charCode] = mapping.glyphId;\n            break;\n          }',
    to: '          const __gkGlyph = __gkFirstGlyphs(cmapMappings).get(unicodeOrCharCode);\n          if (__gkGlyph !== undefined) {\n            charCodeToGlyphId[charCode] = __gkGlyph;\n          }',
  },
];

// pdf.js builds its Brotli decoder's tables (a 120 KB dictionary unpacked) when its worker half is loaded: ~8 ms
// of every checking process, for a filter (/BrotliDecode, PDF 2.0) no document of the corpus uses. Built on first
// use instead.
PDFJS_PATCHES.push({
  file: /pdfjs-dist\/legacy\/build\/pdf\.worker\.mjs$/,
  from: 'let BrotliDecode = makeBrotliDecode();',
  to: 'let BrotliDecode = (bytes) => (BrotliDecode = makeBrotliDecode())(bytes);',
});

function patchPdfjs(path, text) {
  let out = text;
  for (const p of PDFJS_PATCHES) {
    if (!p.file.test(path.split(sep).join('/'))) continue;
    if (out.split(p.from).length !== 2)
      throw new Error(`bundle: pdf.js patch no longer applies to ${path}: ${p.from}`);
    out = out.replace(p.from, p.to);
  }
  return out;
}

// The script's own prelude: the two URL makers above, the inflater of pdf.js's streams (PDFJS_PATCHES), which
// gives a Uint8Array of its own, not a view of Buffer's shared pool, and each cmap's first glyph per character
// (PDFJS_PATCHES). `require` and `__filename` are the loader's (the bundle is run as a CommonJS module would be).
const banner = `var __gkDistUrl = (rel) => require("node:url").pathToFileURL(require("node:path").join(__dirname, "..", rel)).href;
var __gkPackageUrl = (pkg, rest) => require("node:url").pathToFileURL(require("node:path").join(require("node:path").dirname(require.resolve(pkg + "/package.json")), rest)).href;
var __gkInflate = (bytes) => new Uint8Array(require("node:zlib").inflateSync(bytes, { maxOutputLength: 256 * 2 ** 20 }));
var __gkGlyphMaps = new WeakMap();
var __gkFirstGlyphs = (mappings) => {
  let m = __gkGlyphMaps.get(mappings);
  if (!m) {
    m = new Map();
    for (const { charCode, glyphId } of mappings) if (!m.has(charCode)) m.set(charCode, glyphId);
    __gkGlyphMaps.set(mappings, m);
  }
  return m;
};`;

mkdirSync(out, { recursive: true });
const result = await build({
  entryPoints: [join(dist, 'pipeline', 'reader-entry.js')],
  outfile: join(out, 'reader.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: EXTERNAL,
  // fflate's build for Node loads worker_threads as it is imported (~4 ms of every checking process's start), for
  // its asynchronous functions, which gongkai does not call; the browser build is the same code without that.
  alias: { fflate: 'fflate/browser' },
  plugins: [metaUrl],
  banner: { js: banner },
  metafile: true,
  logLevel: 'warning',
  legalComments: 'inline',
  charset: 'ascii',
  // Minified, every checking process reads and decodes 2.3 MB instead of 4.7 and V8 deserializes a smaller code
  // cache: 30–35 ms less of its start. Nothing reads a function's name (errors name themselves), and every report of
  // the corpus is byte-identical; a stack trace (--debug) names minified functions: GONGKAI_NO_BUNDLE=1 runs the
  // modules themselves.
  minify: true,
  // import() of what is not bundled (tesseract.js; pdf.js's decoder fallback, a file it names at run time) as
  // require(): a classic script's import() would need vm's experimental module loader.
  supported: { 'dynamic-import': false },
});
// Pure ASCII, so the loader reads it as latin1 (Node decodes 5 MB of UTF-8 holding a few CJK characters in ~80 ms,
// latin1 in ~1) and V8 keeps it as a one-byte string. esbuild escapes strings but leaves comments and regular
// expression literals as written; an escape \uXXXX (a surrogate pair for a character beyond the BMP) means the
// same character in both, with or without the u flag.
const written = readFileSync(join(out, 'reader.cjs'), 'utf8');
// `\－` (an identity escape) would become `\\uff0d`, a backslash and letters: none is expected; refuse one.
if (/\\[^\x00-\x7f]/u.test(written)) throw new Error('bundle: a backslash before a non-ASCII character');
const escaped = written.replace(/[^\x00-\x7f]/gu, (c) =>
  Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
);
// Written as the function a CommonJS module's code becomes (../src/pipeline/code-cache.ts runs it so): the loader
// then hands V8 the file's text as it was read, where wrapping it there made a second 2.3 MB string (V8 copies a
// joined string into one piece before compiling: ~8 ms of every checking process on this machine).
const wrapped = `(function (exports, require, module, __filename, __dirname) {${escaped}\n})`;
writeFileSync(join(out, 'reader.cjs'), wrapped);
const code = Buffer.from(wrapped, 'latin1');
writeManifest('reader', result, code);
console.log(`bundle: dist/bundle/reader.cjs, ${(code.length / 2 ** 20).toFixed(1)} MiB`);

// The checking child's first module (dist/pipeline/pool-child.js, with the code-cache loader) as a CommonJS script
// of its own: forked as an ES module, the child would set up Node's ES module loader before anything else (a dozen
// of Node's own modules: ~20 ms of its start) only to load the classic script above. It loads the modules
// themselves, when the reading bundle is not used, by a URL made at run time, which stays an import().
await smallScript('child', join(dist, 'pipeline', 'pool-child.js'));
// The installed command (package.json bin: src/cli/gongkai.ts, with its early start of the checking child) as a
// CommonJS script, for the same reason: it forks that child before Node would have set up its ES module loader.
await smallScript('gongkai', join(dist, 'cli', 'gongkai.js'));
chmodSync(join(out, 'gongkai.cjs'), 0o755);

/** dist/bundle/NAME.cjs from one entry of dist/, unminified, with the URL maker of the prelude, and its manifest. */
async function smallScript(name, entry) {
  const built = await build({
    entryPoints: [entry],
    outfile: join(out, `${name}.cjs`),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    plugins: [metaUrl],
    banner: { js: banner.split('\n')[0] },
    metafile: true,
    logLevel: 'warning',
    charset: 'ascii',
  });
  writeManifest(name, built, readFileSync(join(out, `${name}.cjs`)));
}

/** dist/bundle/NAME.json: the bundle's id (a hash of its code) and the dist/ files it was made from. */
function writeManifest(name, built, code) {
  const inputs = Object.keys(built.metafile.inputs).map((p) =>
    relative(dist, join(root, p)).split(sep).join('/'),
  );
  const manifest = {
    // Names the code cache: a cache made from another bundle is never offered to this one.
    id: createHash('sha256').update(code).digest('hex').slice(0, 16),
    inputs,
  };
  writeFileSync(join(out, `${name}.json`), `${JSON.stringify(manifest, null, 1)}\n`);
}
