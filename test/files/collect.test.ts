import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { collectFiles } from '../../src/cli/files';

let root: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'jiaxiao-files-'));
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

/** Creates files under root: path → content (string or bytes). */
function write(tree: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(tree)) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
}

const collect = (args: string[], ignorePatterns: string[] = []) => collectFiles(args, { cwd: root, ignorePatterns });

describe('collectFiles: folders', () => {
  it('walks nested folders for text extensions only, skipping node_modules and .git', async () => {
    write({
      '通知/周五.md': '周五通知',
      '通知/2024/期末.txt': '期末',
      '通知/2024/深/模板.hbs': '{{name}}',
      '通知/页面.HTML': '<p>大写扩展名</p>',
      '通知/README': '无扩展名：不遍历',
      '通知/脚本.js': 'console.log(1)',
      'node_modules/pkg/readme.md': '依赖',
      '通知/node_modules/x.md': '依赖',
      '.git/COMMIT_EDITMSG.txt': 'git',
      '通知/.git/a.md': 'git',
    });
    const result = await collect(['.']);
    expect(result).toEqual({
      files: ['通知/2024/期末.txt', '通知/2024/深/模板.hbs', '通知/周五.md', '通知/页面.HTML'],
      problems: [],
      skipped: [],
    });
  });

  it('notes a folder with nothing to lint', async () => {
    write({ 'empty/a.js': 'x' });
    const result = await collect(['empty']);
    expect(result.files).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.skipped).toEqual([{ path: 'empty', why: expect.stringContaining('没有要检查的文本文件') }]);
  });
});

describe('collectFiles: explicit files', () => {
  it('lints a file named explicitly whatever its extension, even in node_modules', async () => {
    write({ 'README': '说明', 'notice.js': '通知', 'node_modules/x/a.md': '依赖' });
    const result = await collect(['README', './notice.js', 'node_modules/x/a.md']);
    expect(result.files).toEqual(['README', 'node_modules/x/a.md', 'notice.js']);
  });

  it('reports a missing path as not-found and goes on', async () => {
    write({ 'a.md': '甲' });
    const result = await collect(['缺失.md', 'a.md', 'no/such/dir']);
    expect(result.files).toEqual(['a.md']);
    expect(result.problems).toEqual([
      { path: '缺失.md', reason: 'not-found', message: expect.stringContaining('缺失.md') },
      { path: 'no/such/dir', reason: 'not-found', message: expect.stringContaining('no/such/dir') },
    ]);
  });

  it('shows paths outside cwd as absolute', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'jiaxiao-outside-'));
    try {
      fs.writeFileSync(path.join(outside, 'x.md'), '外部');
      const result = await collect([path.join(outside, 'x.md')]);
      expect(result.files).toEqual([path.join(outside, 'x.md')]);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('prefers an existing file over reading its name as a glob', async () => {
    write({ '通知[1].md': '甲', '通知1.md': '乙' });
    const result = await collect(['通知[1].md']);
    expect(result.files).toEqual(['通知[1].md']);
  });
});

describe('collectFiles: binary files', () => {
  it('skips a file with a NUL byte in its first 8 KB, named or walked, with a note', async () => {
    write({
      'docs/logo.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      'docs/ok.md': '正文',
      'photo.txt': Buffer.concat([Buffer.from('前面是文字'), Buffer.alloc(1)]),
    });
    const result = await collect(['docs', 'photo.txt']);
    expect(result.files).toEqual(['docs/ok.md']);
    expect(result.problems).toEqual([]);
    expect(result.skipped).toEqual([
      { path: 'docs/logo.md', why: expect.stringContaining('二进制') },
      { path: 'photo.txt', why: expect.stringContaining('二进制') },
    ]);
  });

  it('does not look past the first 8 KB', async () => {
    write({ 'late.txt': Buffer.concat([Buffer.alloc(8192, 0x41), Buffer.alloc(1)]) });
    expect((await collect(['late.txt'])).files).toEqual(['late.txt']);
  });

  it('takes UTF-16 with a BOM for text, NULs and all', async () => {
    write({ 'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab通知', 'utf16le')]) });
    expect((await collect(['utf16.txt'])).files).toEqual(['utf16.txt']);
  });
});

describe('collectFiles: ignore rules', () => {
  it('applies .complianceignore to walks and notes an ignored file named explicitly', async () => {
    write({
      '.complianceignore': '# 草稿不检查\ndrafts/\n*.bak.md\n',
      'drafts/a.md': '草稿',
      'drafts/deep/b.md': '草稿',
      'notices/a.md': '通知',
      'notices/a.bak.md': '备份',
    });
    const walked = await collect(['.']);
    expect(walked.files).toEqual(['notices/a.md']);
    expect(walked.skipped).toEqual([]); // files found by a walk are left out silently

    const named = await collect(['notices/a.bak.md', 'drafts/a.md', 'drafts']);
    expect(named.files).toEqual([]);
    expect(named.skipped).toEqual([
      { path: 'drafts', why: expect.stringContaining('“drafts/”（.complianceignore）') },
      { path: 'drafts/a.md', why: expect.stringContaining('“drafts/”（.complianceignore）') },
      { path: 'notices/a.bak.md', why: expect.stringContaining('“*.bak.md”（.complianceignore）') },
    ]);
  });

  it('applies --ignore-pattern, after .complianceignore', async () => {
    write({
      '.complianceignore': '*.txt\n',
      'a.txt': '甲',
      'keep.txt': '乙',
      'old/b.md': '丙',
      'c.md': '丁',
    });
    const result = await collect(['.', 'old/b.md'], ['old/', '!keep.txt']);
    expect(result.files).toEqual(['c.md', 'keep.txt']);
    expect(result.skipped).toEqual([{ path: 'old/b.md', why: expect.stringContaining('--ignore-pattern') }]);
  });
});

describe('collectFiles: globs', () => {
  it('expands a glob from its static base, any extension, skipping node_modules and ignored files', async () => {
    write({
      '.complianceignore': 'notices/old/\n',
      'notices/a.md': '甲',
      'notices/2024/b.md': '乙',
      'notices/2024/c.txt': '丙',
      'notices/old/d.md': '丁',
      'notices/node_modules/e.md': '戊',
      'other/f.md': '己',
    });
    expect((await collect(['notices/**/*.md'])).files).toEqual(['notices/2024/b.md', 'notices/a.md']);
    expect((await collect(['./notices/*.md'])).files).toEqual(['notices/a.md']);
    expect((await collect(['**/*.{md,txt}'])).files).toEqual([
      'notices/2024/b.md',
      'notices/2024/c.txt',
      'notices/a.md',
      'other/f.md',
    ]);
  });

  it('reports a glob that matches nothing as a problem', async () => {
    write({ 'a.md': '甲' });
    const result = await collect(['*.txt', 'nowhere/**/*.md']);
    expect(result.files).toEqual([]);
    expect(result.problems).toEqual([
      { path: '*.txt', reason: 'no-match', message: expect.stringContaining('*.txt') },
      { path: 'nowhere/**/*.md', reason: 'no-match', message: expect.stringContaining('nowhere/**/*.md') },
    ]);
  });

  it('notes a glob whose matches are all ignored, without a problem', async () => {
    write({ 'drafts/a.md': '甲' });
    const result = await collect(['drafts/*.md'], ['*.md']);
    expect(result.problems).toEqual([]);
    expect(result.skipped).toEqual([{ path: 'drafts/*.md', why: expect.stringContaining('忽略') }]);
  });
});

describe('collectFiles: order', () => {
  it('sorts by code unit and removes duplicates, whatever the creation and argument order', async () => {
    const names = ['b.md', 'B.md', 'a.md', '通知.md', 'z/1.md', 'a b.md', '_x.md', 'é.md'];
    const expected = [...names].sort(); // default sort is by UTF-16 code unit
    write(Object.fromEntries([...names].reverse().map((n) => [n, '文'])));
    const first = await collect(['z', '.', 'a.md', '*.md']);
    expect(first.files).toEqual(expected);

    fs.rmSync(root, { recursive: true, force: true });
    fs.mkdirSync(root);
    write(Object.fromEntries(names.map((n) => [n, '文'])));
    const second = await collect(['*.md', 'a.md', '.', 'z/1.md']);
    expect(second.files).toEqual(expected);
    expect(expected.slice(0, 3)).toEqual(['B.md', '_x.md', 'a b.md']);
  });
});
