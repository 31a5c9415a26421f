import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { decodeText, NOT_UTF8_MESSAGE, readTextFile } from '../../src/cli/files';

// “家长会通知” in GBK, as Notepad on a Chinese Windows saves it by default.
const GBK_NOTICE = Buffer.from([0xbc, 0xd2, 0xb3, 0xa4, 0xbb, 0xe1, 0xcd, 0xa8, 0xd6, 0xaa]);

describe('decodeText', () => {
  it('decodes UTF-8', () => {
    expect(decodeText(Buffer.from('家长会通知 👍', 'utf8'))).toEqual({ text: '家长会通知 👍' });
  });

  it('strips a UTF-8 BOM', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('通知')]))).toEqual({ text: '通知' });
  });

  it('rejects GBK bytes with a message that says what to do', () => {
    const result = decodeText(GBK_NOTICE);
    expect(result).toEqual({ error: '文件不是有效的 UTF-8 编码（可能是 GBK），请另存为 UTF-8' });
    expect(result).toEqual({ error: NOT_UTF8_MESSAGE });
  });

  it('decodes UTF-16LE with a BOM', () => {
    const buf = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('通知：周五 👍', 'utf16le')]);
    expect(decodeText(buf)).toEqual({ text: '通知：周五 👍' });
  });

  it('decodes UTF-16BE with a BOM', () => {
    const le = Buffer.from('通知：周五 👍', 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text: '通知：周五 👍' });
  });

  it('refuses UTF-16 with an odd number of bytes', () => {
    const result = decodeText(Buffer.from([0xfe, 0xff, 0x90]));
    expect(result).toHaveProperty('error');
  });

  it('decodes an empty file to empty text', () => {
    expect(decodeText(Buffer.alloc(0))).toEqual({ text: '' });
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
    expect(await readTextFile(path.join(dir, 'ok.md'))).toEqual({ text: '通知' });
    expect(await readTextFile(path.join(dir, 'gbk.txt'))).toEqual({ error: NOT_UTF8_MESSAGE });
    expect(await readTextFile(path.join(dir, 'missing.md'))).toEqual({ error: expect.stringContaining('ENOENT') });
  });
});
