/**
 * What a file is, by its bytes (never by its name): the reader dispatch of ./index.ts.
 * OOXML and ODF are zip archives told apart by their entries; old Office/WPS binaries and password-protected
 * OOXML are OLE compound files told apart by their stream names.
 */
import { unzipSync } from 'fflate';

export type Sniffed =
  | 'pdf'
  | 'docx'
  | 'xlsx'
  /** Zip-based office file gongkai reads through LibreOffice (ODF, or OOXML of another kind). */
  | 'office-zip'
  | 'zip'
  /** Old binary Office/WPS (.doc .xls .wps .et): LibreOffice converts it. */
  | 'ole'
  /** OOXML saved with a password (an OLE file holding EncryptedPackage). */
  | 'encrypted-office'
  | 'html'
  | 'image'
  | 'text'
  | 'binary';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** The entry names of a zip, without decompressing anything; undefined when it is not a readable zip. */
export function zipEntryNames(bytes: Uint8Array, max = 10_000): string[] | undefined {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        if (names.length < max) names.push(f.name);
        return false;
      },
    });
  } catch {
    return undefined;
  }
  return names;
}

function sniffZip(bytes: Uint8Array): Sniffed {
  const names = zipEntryNames(bytes);
  if (!names) return 'zip';
  const set = new Set(names);
  if (set.has('word/document.xml') || names.some((n) => /^word\/document\d*\.xml$/u.test(n))) return 'docx';
  if (set.has('xl/workbook.xml')) return 'xlsx';
  if (set.has('[Content_Types].xml') || set.has('mimetype')) return 'office-zip';
  return 'zip';
}

/** UTF-16LE "EncryptedPackage": the stream a password-protected DOCX/XLSX keeps its content in. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

function looksHtml(bytes: Uint8Array): boolean {
  // Latin-1 view of the head is enough: every HTML tag is ASCII in every encoding we read except UTF-16.
  const head = Buffer.from(bytes.subarray(0, 4096))
    .toString('latin1')
    .replace(/^\xef\xbb\xbf/u, '')
    .trimStart()
    .toLowerCase();
  if (/^<!doctype\s+html|^<html[\s>]|^<\?xml[^>]*>\s*<html/u.test(head)) return true;
  // A page fragment saved without <html>: it opens with a tag and has a table or a body.
  return /^<(head|body|meta|table|div|p)[\s>]/u.test(head);
}

export function sniff(bytes: Uint8Array): Sniffed {
  if (Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-')) return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5)) return sniffZip(bytes);
  if (startsWith(bytes, OLE)) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE)
      ? 'encrypted-office'
      : 'ole';
  }
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])
  )
    return 'image';
  if (looksHtml(bytes)) return 'html';
  return 'text';
}
