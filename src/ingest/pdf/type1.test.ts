/**
 * Type 1 font programs screened before pdf.js: a number pdf.js would spend minutes on (an encoding code beyond
 * 255, a subroutine numbered beyond 65535) withholds the program, and nothing else does. The programs are written
 * here; test/hostile.test.ts damages the ones LibreOffice embeds in the rendered PDF and checks them end to end.
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crypt } from '../../../test/kits/type1.js';
import { screenType1Fonts } from './type1.js';

function program({ code = 65, subr = 1 } = {}): Buffer {
  const header =
    '%!FontType1-1.0: Test-Font 001.000\n11 dict begin\n/FontName /Test-Font def\n/Encoding 256 array\n' +
    `0 1 255 {1 index exch /.notdef put} for\ndup ${code} /A put\nreadonly def\ncurrentdict end\ncurrentfile eexec\n`;
  const clear =
    'abcd dup /Private 8 dict dup begin /lenIV 4 def\n/Subrs 2 array\ndup 0 5 RD \x01\x02\x03\x04\x0b NP\n' +
    `dup ${subr} 5 RD \x01\x02\x03\x04\x0b NP\nND\n2 index /CharStrings 1 dict dup begin\n/A 5 RD \x01\x02\x03\x04\x0e ND\nend\n`;
  const body = crypt(Buffer.from(clear, 'latin1'), 'encrypt');
  return Buffer.concat([
    Buffer.from(header, 'latin1'),
    body,
    Buffer.from(`\n${'0'.repeat(64)}\ncleartomark\n`),
  ]);
}

/** A file-like run of bytes with the program as object 7: Flate-compressed, or as it is. */
function pdfWith(font: Buffer, compressed = true): Uint8Array {
  const data = compressed ? deflateSync(font) : font;
  const filter = compressed ? '/Filter/FlateDecode' : '';
  return new Uint8Array(
    Buffer.concat([
      Buffer.from(
        `%PDF-1.4\n7 0 obj\n<</Length ${data.length}${filter}/Length1 200/Length2 300/Length3 0>>\nstream\n`,
      ),
      data,
      Buffer.from('\nendstream\nendobj\n%%EOF\n'),
    ]),
  );
}

describe('Type 1 font programs screened before pdf.js', () => {
  it('leaves a sound program alone: the same bytes, nothing withheld', () => {
    const pdf = pdfWith(program());
    const screened = screenType1Fonts(pdf);
    expect(screened.withheld).toEqual([]);
    expect(screened.bytes).toBe(pdf);
  });

  it('withholds a program whose built-in encoding has a code beyond 255, saying which number', () => {
    const pdf = pdfWith(program({ code: 590544152 }));
    const screened = screenType1Fonts(pdf);
    expect(screened.withheld).toEqual([
      { object: 7, name: 'Test-Font', reason: '内置编码表中有编码 590544152，超出 0–255' },
    ]);
    // The copy differs only in the stream's first two bytes (a zlib header pdf.js refuses); offsets are kept.
    const diff = [...screened.bytes].flatMap((b, i) => (b === pdf[i] ? [] : [i]));
    expect(screened.bytes.length).toBe(pdf.length);
    expect(diff).toHaveLength(2);
    expect([...screened.bytes.subarray(diff[0], diff[0] + 2)]).toEqual([0, 0]);
  });

  it('reads the code as pdf.js does: the leading digits of a damaged token', () => {
    const damaged = program().toString('latin1').replace('dup 65 /A put', 'dup 590544152id11124 put');
    expect(screenType1Fonts(pdfWith(Buffer.from(damaged, 'latin1'))).withheld).toHaveLength(1);
  });

  it('withholds a program with a subroutine numbered beyond 65535, found in its encrypted part', () => {
    const screened = screenType1Fonts(pdfWith(program({ subr: 99999999 })));
    expect(screened.withheld.map((f) => f.reason)).toEqual(['子程序（Subrs）编号 99999999，超出 0–65535']);
  });

  it('blanks an uncompressed program instead', () => {
    const pdf = pdfWith(program({ code: 70000 }), false);
    const screened = screenType1Fonts(pdf);
    expect(screened.withheld).toHaveLength(1);
    const text = Buffer.from(screened.bytes).toString('latin1');
    expect(text).toMatch(/stream\n {100,}endstream/);
    expect(screened.bytes.length).toBe(pdf.length);
  });

  it('leaves alone a program that does not inflate (pdf.js fails on it at once and falls back itself)', () => {
    const pdf = pdfWith(program({ code: 590544152 }));
    const start = Buffer.from(pdf).indexOf('stream\n') + 7;
    pdf.fill(0x41, start + 2, start + 40);
    expect(screenType1Fonts(pdf).withheld).toEqual([]);
  });
});
