// Shared by the batch tests: run the BUILT binary (bin/jiaxiao-lint → dist/cli/bundle.js) in a child
// process, as a user or a CI job would, and read every output format back into one comparable shape.
// `npm test` builds first; otherwise run `npx tsc -p tsconfig.build.json`.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

// Running the binary is the CLI tests' helper; the batch tests add the readers of every format.
export { ROOT, BIN, DIST_MAIN, assertBuilt, run, removeDir, tempDir } from '../cli/helpers';
export type { RunResult } from '../cli/helpers';

export const TEMPLATES = 'examples/templates';

// ---------------------------------------------------------------------------------------------
// One finding as every format can express it.

export interface Located {
  file: string;
  line: number;
  column: number;
  ruleId: string;
}

export const key = (f: Located): string => `${f.file}\t${f.line}:${f.column}\t${f.ruleId}`;
export const keySet = (fs: Located[]): string[] => [...new Set(fs.map(key))].sort();

export interface JsonFinding {
  ruleId: string;
  clause: string;
  severity: number;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface JsonResult {
  filePath: string;
  messages: JsonFinding[];
  errorCount: number;
  warningCount: number;
  fatal?: string;
  source?: string;
}

export function parseJson(stdout: string): JsonResult[] {
  return JSON.parse(stdout) as JsonResult[];
}

export function fromJson(stdout: string): Located[] {
  return parseJson(stdout).flatMap((r) => r.messages.map((m) => ({ file: r.filePath, line: m.line, column: m.column, ruleId: m.ruleId })));
}

interface SarifLog {
  version: string;
  runs: Array<{
    results?: Array<{
      ruleId?: string;
      locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number; startColumn?: number } } }>;
    }>;
    invocations?: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: Array<{ message: { text: string } }> }>;
  }>;
}

export function parseSarif(text: string): SarifLog {
  return JSON.parse(text) as SarifLog;
}

export function fromSarif(text: string): Located[] {
  return parseSarif(text).runs.flatMap((r) =>
    (r.results ?? []).map((res) => {
      const loc = res.locations?.[0]?.physicalLocation;
      return {
        file: decodeURIComponent(loc?.artifactLocation?.uri ?? ''),
        line: loc?.region?.startLine ?? NaN,
        column: loc?.region?.startColumn ?? NaN,
        ruleId: res.ruleId ?? '',
      };
    }),
  );
}

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  htmlEntities: true,
  isArray: (name) => ['testsuite', 'testcase', 'failure', 'error'].includes(name),
});

export interface JunitFailure {
  message: string;
  type: string;
  '#text': string;
}
export interface JunitTestcase {
  name: string;
  classname: string;
  failure?: JunitFailure[];
  error?: Array<{ message: string; '#text'?: string }>;
}
export interface JunitReport {
  testsuites: { tests: string; failures: string; errors: string; testsuite?: Array<{ name: string; testcase: JunitTestcase[] }> };
}

export function parseJunit(xml: string): JunitReport {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid)}`);
  return xmlParser.parse(xml) as JunitReport;
}

export function fromJunit(xml: string): Located[] {
  const report = parseJunit(xml);
  return (report.testsuites.testsuite ?? []).flatMap((suite) =>
    suite.testcase.flatMap((tc) =>
      (tc.failure ?? []).map((f) => {
        const m = /^(\d+):(\d+) /.exec(f['#text']);
        if (!m) throw new Error(`JUnit failure text without line:col: ${f['#text']}`);
        return { file: tc.name, line: Number(m[1]), column: Number(m[2]), ruleId: f.type };
      }),
    ),
  );
}

/** The inverse of @actions/core's escapeProperty. */
function unescapeProperty(value: string): string {
  return value.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

export interface GithubCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

export function parseGithub(stdout: string): GithubCommand[] {
  return stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const m = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(l);
      if (!m) throw new Error(`not a workflow command: ${l}`);
      const properties: Record<string, string> = {};
      for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
        const eq = pair.indexOf('=');
        properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
      }
      return { command: m[1], properties, data: m[3] };
    });
}

export function fromGithub(stdout: string): Located[] {
  return parseGithub(stdout)
    .filter((c) => c.properties.line !== undefined)
    .map((c) => ({
      file: c.properties.file,
      line: Number(c.properties.line),
      column: Number(c.properties.col),
      // title=rule-id (五要·五)
      ruleId: /^(\S+)/.exec(c.properties.title ?? '')?.[1] ?? '',
    }));
}

const COMPACT_LINE = /^(.+?): 第 (\d+) 行，第 (\d+) 列，(?:错误|警告) - .*（([a-z0-9-]+)，[^，（）]+）$/;

export function fromCompact(stdout: string): Located[] {
  const found: Located[] = [];
  for (const line of stdout.split('\n')) {
    const m = COMPACT_LINE.exec(line);
    if (m) found.push({ file: m[1], line: Number(m[2]), column: Number(m[3]), ruleId: m[4] });
  }
  return found;
}

/** Stylish: a file header at column 0, then `  行:列  级别  条款  消息  rule-id` rows (excerpts are indented 4). */
export function fromStylish(stdout: string): Located[] {
  const found: Located[] = [];
  let file: string | undefined;
  for (const line of stdout.split('\n')) {
    if (line === '' || /^[✔✖] /.test(line)) continue;
    if (!line.startsWith(' ')) {
      file = line;
      continue;
    }
    const m = /^ {2}(\d+):(\d+)\s.*\s([a-z0-9-]+)$/.exec(line);
    if (m && file !== undefined) found.push({ file, line: Number(m[1]), column: Number(m[2]), ruleId: m[3] });
  }
  return found;
}

/** File paths in the order a format first mentions them. */
export function fileOrder(findings: Located[]): string[] {
  return [...new Set(findings.map((f) => f.file))];
}

export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
