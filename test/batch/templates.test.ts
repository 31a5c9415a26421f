// examples/templates/ linted by the built CLI in every output format: the formats must agree on the
// same findings and exit code; the walk is sorted and skips node_modules; inline directives and
// front matter take effect and are never judged as message text themselves.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import {
  assertBuilt,
  byCodeUnits,
  fileOrder,
  fromCompact,
  fromGithub,
  fromJson,
  fromJunit,
  fromSarif,
  fromStylish,
  JsonResult,
  keySet,
  Located,
  parseJson,
  removeDir,
  ROOT,
  run,
  RunResult,
  tempDir,
  TEMPLATES,
} from './helpers';

const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'compact'] as const;
type Format = (typeof FORMATS)[number];

const PARSERS: Record<Format, (stdout: string) => Located[]> = {
  stylish: fromStylish,
  json: fromJson,
  sarif: fromSarif,
  junit: fromJunit,
  github: fromGithub,
  compact: fromCompact,
};

const T = (rel: string) => `${TEMPLATES}/${rel}`;

/** Every template on disk outside node_modules, as the CLI shows its path. */
function templatesOnDisk(dir = join(ROOT, TEMPLATES)): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') out.push(...templatesOnDisk(abs));
    } else if (/\.(md|hbs|txt)$/.test(entry.name)) {
      out.push(relative(ROOT, abs).split('\\').join('/'));
    }
  }
  return out;
}

const runs = new Map<string, RunResult>();
function lint(format: Format, extra: string[] = []): RunResult {
  const args = [TEMPLATES, '--format', format, ...extra];
  const k = args.join(' ');
  if (!runs.has(k)) runs.set(k, run(args));
  return runs.get(k)!;
}
function lintJson(extra: string[] = []): JsonResult[] {
  const r = lint('json', extra);
  return parseJson(r.stdout);
}
function findingsOf(results: JsonResult[], file: string) {
  const r = results.find((x) => x.filePath === file);
  if (!r) throw new Error(`${file} was not linted; linted: ${results.map((x) => x.filePath).join(', ')}`);
  return r.messages;
}

beforeAll(assertBuilt);

describe.each([
  ['without options', [] as string[]],
  ['with --report-unused-disable-directives', ['--report-unused-disable-directives']],
])('every format reports the same findings (%s)', (_name, extra) => {
  test('same (file, line, column, ruleId) set and the same exit code in all six formats', () => {
    const jsonRun = lint('json', extra);
    const expected = keySet(fromJson(jsonRun.stdout));
    expect(expected.length).toBeGreaterThan(5);
    const expectedStatus = parseJson(jsonRun.stdout).some((r) => r.errorCount > 0) ? 1 : 0;
    expect(jsonRun.status).toBe(expectedStatus);
    for (const format of FORMATS) {
      const r = lint(format, extra);
      expect({ format, stderr: r.stderr }).toEqual({ format, stderr: '' });
      expect({ format, status: r.status }).toEqual({ format, status: expectedStatus });
      expect({ format, findings: keySet(PARSERS[format](r.stdout)) }).toEqual({ format, findings: expected });
      // No finding counted twice by a parser that matched too much.
      expect({ format, count: PARSERS[format](r.stdout).length }).toEqual({ format, count: fromJson(jsonRun.stdout).length });
    }
  });

  test('every format lists the files in the same, sorted order', () => {
    const jsonOrder = fileOrder(fromJson(lint('json', extra).stdout));
    for (const format of FORMATS) {
      expect({ format, order: fileOrder(PARSERS[format](lint(format, extra).stdout)) }).toEqual({ format, order: jsonOrder });
    }
  });
});

describe('the folder walk', () => {
  test('lints every template (subfolder included), in code-unit order, deterministically', () => {
    const results = lintJson();
    const paths = results.map((r) => r.filePath);
    expect(paths).toEqual([...paths].sort(byCodeUnits));
    expect([...paths].sort(byCodeUnits)).toEqual(templatesOnDisk().sort(byCodeUnits));
    expect(paths).toContain(T('安全教育/降温提醒.txt'));
    expect(results.every((r) => r.fatal === undefined)).toBe(true);
    // A second run prints byte-for-byte the same report.
    expect(run([TEMPLATES, '--format', 'json']).stdout).toBe(lint('json').stdout);
    expect(run([TEMPLATES, '--format', 'stylish']).stdout).toBe(lint('stylish').stdout);
  });

  test('skips node_modules, whose template does have problems when named explicitly', () => {
    for (const format of FORMATS) expect({ format, out: lint(format).stdout.includes('node_modules') }).toEqual({ format, out: false });
    const direct = run([T('node_modules/old-notice-kit/通知.md'), '--format', 'json']);
    expect(direct.status).toBe(1);
    const ids = parseJson(direct.stdout)[0].messages.map((m) => m.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['m2-ack-request', 'n2-homework']));
  });

  test('compliant templates are clean; the problem templates report what they were written to show', () => {
    const results = lintJson();
    const clean = [
      '家长会通知.md',
      '元旦放假通知.txt',
      '家庭教育问卷.md',
      '成绩私信模板.hbs',
      '成绩单私信.txt',
      '安全教育/冬季安全告家长书.md',
      '安全教育/交通安全温馨提示.hbs',
    ];
    for (const file of clean) expect({ file, findings: findingsOf(results, T(file)) }).toEqual({ file, findings: [] });
    const problems: Record<string, string[]> = {
      '期中成绩群发.hbs': ['n2-scores', 'n2-ranking'],
      '研学活动通知.txt': ['m2-ack-request'],
      '亲子阅读推荐.md': ['n4-link'],
      '体检通知.txt': ['m5-half-width-punctuation'],
      '安全教育/降温提醒.txt': ['n1-rest-time'],
    };
    for (const [file, ids] of Object.entries(problems)) {
      const found = findingsOf(results, T(file)).map((m) => m.ruleId);
      expect({ file, found }).toEqual({ file, found: expect.arrayContaining(ids) });
    }
    // The score template is caught on the line holding {{成绩}} and {{排名}}.
    const scoreLine = findingsOf(results, T('期中成绩群发.hbs')).filter((m) => m.ruleId === 'n2-scores').map((m) => m.line);
    expect(scoreLine).toEqual([3]);
  });
});

// ---------------------------------------------------------------------------------------------
// Directives

const OWN_LINE_DIRECTIVE = /^[ \t]*(?:<!--\s*jiaxiao-lint-[\s\S]*?-->|\{\{!--\s*jiaxiao-lint-[\s\S]*?--\}\}|(?:#|\/\/)\s*jiaxiao-lint-.*)[ \t]*$/gm;
const INLINE_DIRECTIVE = /<!--\s*jiaxiao-lint-[\s\S]*?-->|\{\{!--\s*jiaxiao-lint-[\s\S]*?--\}\}/g;

/** The template with its directives removed, every other line and column where it was. */
function withoutDirectives(text: string): string {
  return text.replace(OWN_LINE_DIRECTIVE, '').replace(INLINE_DIRECTIVE, '');
}

/** Lints copies of the given templates (same names, so the same comment syntax) with their directives removed. */
function lintWithoutDirectives(files: string[]): JsonResult[] {
  const dir = tempDir();
  try {
    for (const file of files) {
      const target = join(dir, file);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, withoutDirectives(readFileSync(join(ROOT, T(file)), 'utf8')));
    }
    const r = run(['.', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    return parseJson(r.stdout);
  } finally {
    removeDir(dir);
  }
}

// What each directive in the templates suppresses: rule id or clause id, and the line (undefined: any line).
const SUPPRESSED: Array<{ file: string; target: string; line?: number; kind: string }> = [
  { file: '成绩私信模板.hbs', target: 'N2', line: 4, kind: '{{!-- disable N2 --}} … {{!-- enable N2 --}}' },
  { file: '家庭教育问卷.md', target: 'n4-link', line: 7, kind: '<!-- disable-next-line n4-link -- reason -->' },
  { file: '家庭教育问卷.md', target: 'n4-link', line: 9, kind: '<!-- disable-line n4-link —— reason --> (inline)' },
  { file: '安全教育/交通安全温馨提示.hbs', target: 'm5-salutation', kind: '{{!-- disable m5-salutation --}} to end of file' },
  { file: '成绩单私信.txt', target: 'n2-scores', line: 3, kind: '// disable-next-line n2-scores, ${score} placeholder' },
];

const hits = (t: { target: string; line?: number }) => (m: JsonResult['messages'][number]) =>
  (m.ruleId === t.target || m.clause === t.target) && (t.line === undefined || (m.line <= t.line && t.line <= m.endLine));

describe('inline directives', () => {
  test.each(SUPPRESSED)('$file: $kind suppresses a finding the template has without it', (t) => {
    const without = lintWithoutDirectives([t.file]);
    expect({ without: without[0].messages.filter(hits(t)).length > 0 }).toEqual({ without: true });
    expect(findingsOf(lintJson(), T(t.file)).filter(hits(t))).toEqual([]);
  });

  test('enable N2 reopens N2: a score after the enable is reported again', () => {
    const dir = tempDir();
    try {
      const text = readFileSync(join(ROOT, T('成绩私信模板.hbs')), 'utf8').replace('如有疑问，请私信班主任。', '{{学生姓名}}本学期英语成绩为{{英语成绩}}分。');
      writeFileSync(join(dir, 'reopened.hbs'), text);
      const r = parseJson(run(['reopened.hbs', '--format', 'json'], { cwd: dir }).stdout)[0];
      expect(r.messages.filter((m) => m.clause === 'N2').map((m) => m.line)).toEqual(expect.arrayContaining([6]));
      expect(r.messages.filter((m) => m.clause === 'N2' && m.line === 4)).toEqual([]);
    } finally {
      removeDir(dir);
    }
  });

  test('--report-unused-disable-directives reports the intentionally unused one, and only where nothing was suppressed', () => {
    const results = lintJson(['--report-unused-disable-directives']);
    const unused = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'unused-disable-directive').map((m) => ({ file: r.filePath, line: m.line, clause: m.clause })));
    // 元旦放假通知.txt guards a www.gov.cn link with `# jiaxiao-lint-disable-next-line n4-link`: an
    // official host is never flagged, so the directive suppresses nothing.
    expect(unused).toContainEqual({ file: T('元旦放假通知.txt'), line: 4, clause: 'N4' });
    expect(findingsOf(results, T('元旦放假通知.txt')).find((m) => m.ruleId === 'unused-disable-directive')?.severity).toBe(1);
    // Directives that do suppress something are not reported (成绩单私信.txt is left to the test above).
    for (const file of ['成绩私信模板.hbs', '家庭教育问卷.md', '安全教育/交通安全温馨提示.hbs']) {
      expect({ file, unused: unused.filter((u) => u.file === T(file)) }).toEqual({ file, unused: [] });
    }
    // Without the option, nothing about directives is reported.
    expect(lintJson().flatMap((r) => r.messages).filter((m) => m.ruleId === 'unused-disable-directive')).toEqual([]);
  });

  test('directive comments are never judged as message text', () => {
    const results = lintJson(['--report-unused-disable-directives']);
    for (const file of templatesOnDisk()) {
      const source = readFileSync(join(ROOT, file), 'utf8');
      const lines = source.split('\n');
      const findings = findingsOf(results, file).filter((m) => m.ruleId !== 'unused-disable-directive');
      lines.forEach((text, i) => {
        const line = i + 1;
        if (new RegExp(OWN_LINE_DIRECTIVE.source).test(text)) {
          expect({ file, line, findings: findings.filter((m) => m.line === line) }).toEqual({ file, line, findings: [] });
        }
        const inline = new RegExp(INLINE_DIRECTIVE.source).exec(text);
        if (inline && inline.index > 0) {
          const commentColumn = Array.from(text.slice(0, inline.index)).length + 1;
          const inComment = findings.filter((m) => m.line === line && m.endColumn > commentColumn);
          expect({ file, line, inComment }).toEqual({ file, line, inComment: [] });
        }
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Front matter

/** The last line of a template's front matter (0: none), as frontMatter.ts reads it. */
function frontMatterEnd(source: string): number {
  const lines = source.split('\n');
  if (/^---\s*$/.test(lines[0])) {
    const close = lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l));
    return close === -1 ? 0 : close + 1;
  }
  return /^\s*发送时间\s*[:：]/.test(lines[0]) ? 1 : 0;
}

describe('front matter', () => {
  const WITH_FRONT_MATTER = ['家长会通知.md', '安全教育/冬季安全告家长书.md', '安全教育/降温提醒.txt'];

  test('the templates this test relies on do carry front matter', () => {
    for (const file of WITH_FRONT_MATTER) {
      expect({ file, end: frontMatterEnd(readFileSync(join(ROOT, T(file)), 'utf8')) > 0 }).toEqual({ file, end: true });
    }
  });

  test('发送时间 in rest time (21:30) gives N1; working-hours send times and files without one do not', () => {
    const results = lintJson();
    const n1 = results.flatMap((r) => r.messages.filter((m) => m.clause === 'N1').map((m) => ({ file: r.filePath, ruleId: m.ruleId, severity: m.severity })));
    expect(n1).toEqual([{ file: T('安全教育/降温提醒.txt'), ruleId: 'n1-rest-time', severity: 2 }]);
    const message = findingsOf(results, T('安全教育/降温提醒.txt')).find((m) => m.ruleId === 'n1-rest-time')!.message;
    expect(message).toContain('21:30');
    expect(message).toContain('11月26日');
  });

  test('--urgent keeps the rest-time finding, as a warning', () => {
    const r = run([T('安全教育/降温提醒.txt'), '--urgent', '--format', 'json']);
    const n1 = parseJson(r.stdout)[0].messages.filter((m) => m.ruleId === 'n1-rest-time');
    expect(n1.map((m) => m.severity)).toEqual([1]);
    expect(r.status).toBe(0);
  });

  test('the evening template without its front matter is not time-checked at all', () => {
    // A file whose front matter is removed is not time-checked at all (files need --at or front matter).
    const dir = tempDir();
    try {
      const source = readFileSync(join(ROOT, T('安全教育/降温提醒.txt')), 'utf8');
      writeFileSync(join(dir, '降温提醒.txt'), source.split('\n').slice(1).join('\n'));
      const r = parseJson(run(['降温提醒.txt', '--format', 'json'], { cwd: dir }).stdout)[0];
      expect(r.messages.filter((m) => m.clause === 'N1')).toEqual([]);
    } finally {
      removeDir(dir);
    }
  });

  test('front matter lines themselves produce no findings (e.g. the half-width colon in 发送时间: …)', () => {
    const results = lintJson(['--report-unused-disable-directives']);
    for (const file of templatesOnDisk()) {
      const end = frontMatterEnd(readFileSync(join(ROOT, file), 'utf8'));
      if (end === 0) continue;
      const inFrontMatter = findingsOf(results, file).filter((m) => m.line <= end);
      expect({ file, inFrontMatter }).toEqual({ file, inFrontMatter: [] });
    }
  });

  test('a front-matter notice copied without its front matter is judged the same below it', () => {
    // The body findings do not depend on the block above them (only N1 does).
    const dir = tempDir();
    try {
      copyFileSync(join(ROOT, T('家长会通知.md')), join(dir, 'with.md'));
      const source = readFileSync(join(ROOT, T('家长会通知.md')), 'utf8');
      writeFileSync(join(dir, 'without.md'), source.split('\n').slice(frontMatterEnd(source)).join('\n'));
      const [withFm, withoutFm] = parseJson(run(['with.md', 'without.md', '--format', 'json', '--kind', 'notice'], { cwd: dir }).stdout);
      expect(withFm.messages.map((m) => m.ruleId)).toEqual(withoutFm.messages.map((m) => m.ruleId));
    } finally {
      removeDir(dir);
    }
  });
});
