// SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning, VS Code SARIF viewer).
import * as path from 'path';
import { pathToFileURL } from 'url';
import type * as Sarif from 'sarif';
import { lineStarts, positionAt } from '../core/text';
import { CLAUSE_LABELS, Finding, LintResult, RuleMeta, Severity } from '../core/types';
import { clauseLabel, FormatContext, pathInside, recordSuffix, toForwardSlashes } from './shared';

const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/jiaxiao-lint/jiaxiao-lint';
const SRCROOT = '%SRCROOT%';

export function sarif(results: LintResult[], ctx: FormatContext): string {
  const ruleIndex = new Map(ctx.rules.map((rule, i) => [rule.id, i]));
  const fatalNotifications: Sarif.Notification[] = results
    .filter((result) => result.fatal !== undefined)
    .map((result) => ({
      level: 'error',
      message: { text: result.record ? `${recordSuffix(result).slice(1)}: ${result.fatal!}` : result.fatal! },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(result.filePath, ctx.cwd) } }],
    }));

  const run: Sarif.Run = {
    tool: {
      driver: {
        name: 'jiaxiao-lint',
        version: ctx.toolVersion,
        informationUri: INFORMATION_URI,
        rules: ctx.rules.map((rule) => reportingDescriptor(rule, ctx)),
      },
    },
    invocations: [
      fatalNotifications.length > 0
        ? { executionSuccessful: false, toolExecutionNotifications: fatalNotifications }
        : { executionSuccessful: true },
    ],
    originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(ctx.cwd) } },
    // Findings count columns in user-perceived characters (grapheme clusters). That equals code
    // points except inside combined sequences (👍🏽, ❤️, flags, ZWJ families), which SARIF has no
    // unit for; unicodeCodePoints is the nearer of its two kinds (the default is UTF-16 units).
    columnKind: 'unicodeCodePoints',
    results: results.flatMap((result) =>
      result.messages.map((finding) => sarifResult(finding, result, ruleIndex, ctx)),
    ),
  };
  const log: Sarif.Log = { $schema: SCHEMA_URI, version: '2.1.0', runs: [run] };
  return JSON.stringify(log, null, 2);
}

function level(severity: Severity): Sarif.ReportingConfiguration.level {
  return severity === 2 ? 'error' : 'warning';
}

function reportingDescriptor(rule: RuleMeta, ctx: FormatContext): Sarif.ReportingDescriptor {
  const label = clauseLabel(rule.clause, ctx.lang);
  const description = rule.description[ctx.lang];
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: description },
    fullDescription: { text: ctx.lang === 'zh' ? `${label}：${description}` : `${label}: ${description}` },
    helpUri: rule.helpUri,
    defaultConfiguration: { level: level(rule.severity) },
    properties: {
      clause: rule.clause,
      clauseLabel: label,
      tags: [CLAUSE_LABELS[rule.clause].zh, CLAUSE_LABELS[rule.clause].en],
    },
  };
}

function sarifResult(finding: Finding, result: LintResult, ruleIndex: Map<string, number>, ctx: FormatContext): Sarif.Result {
  const location = artifactLocation(result.filePath, ctx.cwd);
  if (result.record) return recordResult(finding, result, location, ruleIndex);
  const region: Sarif.Region = {
    startLine: finding.line,
    startColumn: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
  };
  const sarifResult: Sarif.Result = {
    ruleId: finding.ruleId,
    ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
    level: level(finding.severity),
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: location, region } }],
  };
  const deletedRegion = finding.fix && fixRegion(finding, region, result.source);
  if (finding.fix && deletedRegion) {
    sarifResult.fixes = [
      {
        description: { text: finding.suggestions[0]?.desc ?? finding.message },
        artifactChanges: [
          { artifactLocation: location, replacements: [{ deletedRegion, insertedContent: { text: finding.fix.text } }] },
        ],
      },
    ];
  }
  return sarifResult;
}

/**
 * A finding in one record of a file of many: located on the line the record starts on (a message
 * inside JSON or CSV quoting has no columns of the file), the record and the position within its
 * message given as a logical location and properties. No fix: its region would not be the file's.
 */
function recordResult(finding: Finding, result: LintResult, location: Sarif.ArtifactLocation, ruleIndex: Map<string, number>): Sarif.Result {
  const record = result.record!;
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
    level: level(finding.severity),
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: { artifactLocation: location, region: { startLine: record.line } },
        logicalLocations: [{ name: recordSuffix(result).slice(1), kind: 'element' }],
      },
    ],
    properties: {
      record: { line: record.line, ...(record.id !== undefined ? { id: record.id } : {}) },
      messageRegion: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
    },
  };
}

/** The region a fix replaces: the finding's own, or computed from the source when the fix spans other text. */
function fixRegion(finding: Finding, findingRegion: Sarif.Region, source: string | undefined): Sarif.Region | undefined {
  const [start, end] = finding.fix!.range;
  if (start === finding.range[0] && end === finding.range[1]) return findingRegion;
  if (source === undefined || end > source.length) return undefined;
  const starts = lineStarts(source);
  const from = positionAt(source, starts, start);
  const to = positionAt(source, starts, end);
  return { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column };
}

/** Inside cwd: a percent-encoded relative URI against %SRCROOT%; elsewhere an absolute file URI. */
function artifactLocation(filePath: string, cwd: string): Sarif.ArtifactLocation {
  const relative = pathInside(filePath, cwd);
  if (relative === undefined) return { uri: pathToFileURL(path.resolve(cwd, filePath)).href };
  const uri = toForwardSlashes(relative).split('/').map(encodeURIComponent).join('/');
  return { uri, uriBaseId: SRCROOT };
}

function directoryUri(directory: string): string {
  const href = pathToFileURL(directory).href;
  return href.endsWith('/') ? href : `${href}/`;
}
