import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { decodeText, encodeText, NOT_TEXT_MESSAGE } from '../../src/cli/encoding';
import { readTextFile } from '../../src/cli/files';

// “家长会通知” in GBK, as Notepad on a Chinese Windows saves it by default.
const GBK_NOTICE = Buffer.from([0xbc, 0xd2, 0xb3, 0xa4, 0xbb, 0xe1, 0xcd, 0xa8, 0xd6, 0xaa]);
const utf8 = { name: 'utf-8', bom: false };

/** Decodes and checks that encoding the text again gives the very same bytes. */
function roundTrip(buf: Buffer) {
  const decoded = decodeText(buf);
  if ('text' in decoded) expect(encodeText(decoded.text, decoded.encoding).equals(buf)).toBe(true);
  return decoded;
}

describe('decodeText', () => {
  it('decodes UTF-8', () => {
    expect(roundTrip(Buffer.from('家长会通知 👍', 'utf8'))).toEqual({ text: '家长会通知 👍', encoding: utf8 });
  });

  it('strips a UTF-8 BOM and remembers it', () => {
    expect(roundTrip(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('通知')]))).toEqual({ text: '通知', encoding: { name: 'utf-8', bom: true } });
  });

  it('decodes GBK (GB18030) bytes instead of refusing them', () => {
    expect(roundTrip(GBK_NOTICE)).toEqual({ text: '家长会通知', encoding: { name: 'gb18030', bom: false } });
    // GB18030's four-byte sequences reach every code point: an emoji survives the round trip.
    const gb = Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0x20, 0x94, 0x39, 0xd1, 0x31]);
    expect(roundTrip(gb)).toEqual({ text: '你好 👍', encoding: { name: 'gb18030', bom: false } });
  });

  it('refuses bytes that are neither UTF-8 nor GB18030, with a message that says what to do', () => {
    expect(decodeText(Buffer.from([0x81, 0x20, 0xff]))).toEqual({ error: NOT_TEXT_MESSAGE });
  });

  it('decodes UTF-16LE with a BOM', () => {
    const buf = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('通知：周五 👍', 'utf16le')]);
    expect(roundTrip(buf)).toEqual({ text: '通知：周五 👍', encoding: { name: 'utf-16le', bom: true } });
  });

  it('decodes UTF-16BE with a BOM', () => {
    const be = Buffer.from('通知：周五 👍', 'utf16le').swap16();
    expect(roundTrip(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text: '通知：周五 👍', encoding: { name: 'utf-16be', bom: true } });
  });

  it('detects UTF-16 without a BOM by where its NUL bytes are', () => {
    const text = '各位家长：\n明天（12月3日）8:00 到校。\n';
    expect(roundTrip(Buffer.from(text, 'utf16le'))).toEqual({ text, encoding: { name: 'utf-16le', bom: false } });
    expect(roundTrip(Buffer.from(text, 'utf16le').swap16())).toEqual({ text, encoding: { name: 'utf-16be', bom: false } });
  });

  it('does not take NULs at both parities (binary) for UTF-16', () => {
    expect(decodeText(Buffer.from([0x00, 0x00, 0x41, 0x00]))).toEqual({ text: '\0\0A\0', encoding: utf8 });
  });

  it('refuses UTF-16 with an odd number of bytes', () => {
    const result = decodeText(Buffer.from([0xfe, 0xff, 0x90]));
    expect(result).toHaveProperty('error');
  });

  it('decodes an empty file to empty text', () => {
    expect(decodeText(Buffer.alloc(0))).toEqual({ text: '', encoding: utf8 });
  });
});

describe('readTextFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiaxiao-decode-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads and decodes, or says why not', async () => {
    fs.writeFileSync(path.join(dir, 'ok.md'), '通知');
    fs.writeFileSync(path.join(dir, 'gbk.txt'), GBK_NOTICE);
    expect(await readTextFile(path.join(dir, 'ok.md'))).toEqual({ text: '通知', encoding: utf8 });
    expect(await readTextFile(path.join(dir, 'gbk.txt'))).toEqual({ text: '家长会通知', encoding: { name: 'gb18030', bom: false } });
    expect(await readTextFile(path.join(dir, 'missing.md'))).toEqual({ error: expect.stringContaining('ENOENT') });
  });
});
