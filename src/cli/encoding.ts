// A file's bytes to text and back. The encoding found (and whether it had a BOM) is kept with the
// text, so that --fix writes a file back exactly as it came, changed only where a fix applies.
// Each accepted decoding round-trips: encodeText(decoded.text, decoded.encoding) gives the same bytes.
import type * as IconvLite from 'iconv-lite';

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface TextEncoding {
  name: EncodingName;
  bom: boolean;
}

export interface Decoded {
  text: string;
  encoding: TextEncoding;
}

export const NOT_TEXT_MESSAGE = '文件既不是 UTF-8，也不是 GB18030/GBK 或 UTF-16 编码，请另存为 UTF-8';
const NOT_UTF16_MESSAGE = '文件以 UTF-16 字节顺序标记开头，但内容不是有效的 UTF-16，请另存为 UTF-8';

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** Loaded only for a GB18030/GBK file: most runs never need it. */
const iconv = () => require('iconv-lite') as typeof IconvLite;

/**
 * UTF-8 (with or without BOM), UTF-16 LE/BE (with a BOM, or without one when the NUL bytes say so),
 * else GB18030 (a superset of GBK and GB2312: Windows Notepad, WPS) when the bytes are valid in it.
 */
export function decodeText(bytes: Uint8Array): Decoded | { error: string } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    const name = buf[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = decodeUtf16(buf.subarray(2), name);
    return text === undefined ? { error: NOT_UTF16_MESSAGE } : { text, encoding: { name, bom: true } };
  }
  const bomless = utf16WithoutBom(buf);
  if (bomless) return bomless;
  const bom = buf.subarray(0, 3).equals(UTF8_BOM);
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? buf.subarray(3) : buf);
    return { text, encoding: { name: 'utf-8', bom } };
  } catch {
    // not UTF-8: GB18030 below
  }
  const text = iconv().decode(buf, 'gb18030');
  // Invalid bytes would have become U+FFFD and do not come back: such a file is not GB18030 either;
  // nor is one that decodes to control characters (binary data that happens to be valid).
  if (CONTROL.test(text) || !iconv().encode(text, 'gb18030').equals(buf)) return { error: NOT_TEXT_MESSAGE };
  return { text, encoding: { name: 'gb18030', bom: false } };
}

/** The bytes of a text in an encoding, BOM included when the file had one. */
export function encodeText(text: string, encoding: TextEncoding): Buffer {
  switch (encoding.name) {
    case 'utf-8':
      return encoding.bom ? Buffer.concat([UTF8_BOM, Buffer.from(text, 'utf8')]) : Buffer.from(text, 'utf8');
    case 'utf-16le':
    case 'utf-16be': {
      const body = Buffer.from(text, 'utf16le');
      if (encoding.name === 'utf-16be') body.swap16();
      const bom = encoding.name === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
      return encoding.bom ? Buffer.concat([Buffer.from(bom), body]) : body;
    }
    case 'gb18030':
      return iconv().encode(text, 'gb18030');
  }
}

/** UTF-16 code units, strictly (an unpaired surrogate is refused); undefined when not valid. */
function decodeUtf16(body: Buffer, name: 'utf-16le' | 'utf-16be'): string | undefined {
  if (body.length % 2 !== 0) return undefined;
  // Swapped into little-endian by hand: utf-16be needs ICU data a small Node build may lack.
  const le = name === 'utf-16le' ? body : Buffer.from(body).swap16();
  try {
    return new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(le);
  } catch {
    return undefined;
  }
}

/**
 * UTF-16 without a BOM, as some Windows tools save it, told from binary data: NUL bytes (the high
 * byte of every ASCII character) in it; either many of them or bytes that are not UTF-8 anyway (a
 * UTF-8 file with one stray NUL is binary, as git says); no control characters once decoded (binary
 * data has NUL pairs); and mostly common characters (ASCII, CJK, their punctuation). Both byte orders
 * are tried (CJK characters such as 一 U+4E00 put NULs on the other side too); the more plausible wins.
 * `head` is the first bytes of a longer file: its last character may be cut, so it is decoded leniently.
 */
export function utf16WithoutBom(buf: Buffer, head = false): Decoded | undefined {
  if (buf.indexOf(0) === -1) return undefined;
  if (!head && buf.length % 2 !== 0) return undefined;
  let nuls = 0;
  for (let i = 0; i < buf.length; i++) if (buf[i] === 0) nuls++;
  if (nuls * 2 < buf.length * 0.3 && isUtf8(buf)) return undefined;
  const even = buf.subarray(0, buf.length - (buf.length % 2));
  let best: { text: string; name: 'utf-16le' | 'utf-16be'; share: number } | undefined;
  for (const name of ['utf-16le', 'utf-16be'] as const) {
    const text = head ? new TextDecoder('utf-16le').decode(name === 'utf-16le' ? even : Buffer.from(even).swap16()) : decodeUtf16(buf, name);
    if (text === undefined || CONTROL.test(text)) continue;
    const share = (text.match(COMMON) ?? []).length / Math.max(1, text.length);
    if (!best || share > best.share) best = { text, name, share };
  }
  return best && best.share >= 0.5 ? { text: best.text, encoding: { name: best.name, bom: false } } : undefined;
}

const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f]/;
const COMMON = /[\t\n\r\x20-\x7e\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/g;

function isUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}
