import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
// The SARIF 2.1.0 schema (rtm.5, draft-04) as Microsoft's jest-sarif package ships it; it is the
// copy SchemaStore served for 2.1.0 and the one Microsoft's own SARIF matchers validate with.
import sarifSchema from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';
import { format } from '../../src/formatters';
import { ALL, CLEAN, context, CWD, NOTICE, RULES, UNREADABLE } from './fixtures';

// unicodeRegExp off: one pattern in this schema (language tags) is not valid with the u flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(sarifSchema);

function sarifLog(...args: Parameters<typeof context>[0][]): Sarif.Log {
  return JSON.parse(format('sarif', ALL, context(args[0])));
}

function expectValid(log: unknown): void {
  const valid = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

describe('sarif', () => {
  test('validates against the SARIF 2.1.0 schema, in both languages and with nothing to report', () => {
    expectValid(sarifLog());
    expectValid(sarifLog({ lang: 'en' }));
    expectValid(JSON.parse(format('sarif', [CLEAN], context({ rules: [] }))));
    expectValid(JSON.parse(format('sarif', [], context())));
  });

  test('the validator does reject a broken log, formats included', () => {
    const badLevel = sarifLog();
    (badLevel.runs[0].results![0] as { level: string }).level = 'fatal';
    expect(validate(badLevel)).toBe(false);
    // Why URIs are percent-encoded: a raw Chinese path is not a valid uri-reference.
    const rawPath = sarifLog();
    rawPath.runs[0].results![0].locations![0].physicalLocation!.artifactLocation!.uri = '通知/单元测验.txt';
    expect(validate(rawPath)).toBe(false);
  });

  test('log header and driver', () => {
    const log = sarifLog();
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'jiaxiao-lint', version: '0.1.0', informationUri: expect.stringMatching(/^https:/) });
    expect(log.runs[0].columnKind).toBe('unicodeCodePoints');
  });

  test('every rule becomes a reportingDescriptor', () => {
    const rules = sarifLog().runs[0].tool.driver.rules!;
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(rules[0]).toEqual({
      id: 'no-score-publish',
      name: 'no-score-publish',
      shortDescription: { text: '不发布考试成绩与排名' },
      fullDescription: { text: '五不要·二：不发布考试成绩与排名' },
      helpUri: RULES[0].helpUri,
      defaultConfiguration: { level: 'error' },
      properties: { clause: 'N2', clauseLabel: '五不要·二', tags: ['五不要·二', 'Must-not 2'] },
    });
    expect(sarifLog({ lang: 'en' }).runs[0].tool.driver.rules![1]).toMatchObject({
      shortDescription: { text: 'No asking parents to acknowledge' },
      defaultConfiguration: { level: 'warning' },
      properties: { clauseLabel: 'Must 2' },
    });
  });

  test('results carry rule, level, message and the finding’s own line and columns', () => {
    const run = sarifLog().runs[0];
    expect(run.results).toHaveLength(NOTICE.messages.length);
    run.results!.forEach((result, i) => {
      const finding = NOTICE.messages[i];
      expect(result.ruleId).toBe(finding.ruleId);
      expect(run.tool.driver.rules![result.ruleIndex!].id).toBe(finding.ruleId);
      expect(result.level).toBe(finding.severity === 2 ? 'error' : 'warning');
      expect(result.message.text).toBe(finding.message);
      expect(result.locations![0].physicalLocation!.region).toEqual({
        startLine: finding.line,
        startColumn: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
      });
    });
  });

  test('the emoji finding counts 👍 as one column each', () => {
    const emoji = sarifLog().runs[0].results!.find((r) => r.ruleId === 'emoji-overuse')!;
    expect(emoji.locations![0].physicalLocation!.region).toEqual({ startLine: 3, startColumn: 19, endLine: 3, endColumn: 22 });
  });

  test('file URIs are relative to %SRCROOT%, percent-encoded, with forward slashes', () => {
    const run = sarifLog().runs[0];
    expect(run.results![0].locations![0].physicalLocation!.artifactLocation).toEqual({
      uri: `${encodeURIComponent('通知')}/${encodeURIComponent('单元测验.txt')}`,
      uriBaseId: '%SRCROOT%',
    });
    expect(run.originalUriBaseIds!['%SRCROOT%'].uri).toBe(`file://${encodeURI(CWD)}/`);
  });

  test('a file outside cwd gets an absolute file URI', () => {
    const outside = { ...NOTICE, filePath: '/tmp/通知.txt' };
    const log = JSON.parse(format('sarif', [outside], context()));
    expectValid(log);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: `file:///tmp/${encodeURIComponent('通知.txt')}` });
  });

  test('a finding with a fix carries it as a replacement of its region', () => {
    const ack = sarifLog().runs[0].results!.find((r) => r.ruleId === 'no-ack-request')!;
    expect(ack.fixes).toEqual([
      {
        description: { text: '无需回复；如有疑问请私信班主任' },
        artifactChanges: [
          {
            artifactLocation: ack.locations![0].physicalLocation!.artifactLocation,
            replacements: [{ deletedRegion: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 7 }, insertedContent: { text: '无需回复' } }],
          },
        ],
      },
    ]);
    expect(sarifLog().runs[0].results!.find((r) => r.ruleId === 'no-score-publish')!.fixes).toBeUndefined();
  });

  test('an unreadable input becomes a tool execution notification and an unsuccessful run', () => {
    const invocation = sarifLog().runs[0].invocations![0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: UNREADABLE.fatal },
        locations: [{ physicalLocation: { artifactLocation: { uri: encodeURIComponent('损坏.txt'), uriBaseId: '%SRCROOT%' } } }],
      },
    ]);
    const clean = JSON.parse(format('sarif', [CLEAN], context()));
    expect(clean.runs[0].invocations).toEqual([{ executionSuccessful: true }]);
  });

  test('a finding of a rule not in ctx.rules has no ruleIndex', () => {
    const log = JSON.parse(format('sarif', [NOTICE], context({ rules: [] })));
    expectValid(log);
    expect(log.runs[0].results[0]).not.toHaveProperty('ruleIndex');
  });
});
