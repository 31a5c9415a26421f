// JUnit XML, for CI systems that show test reports: each file is a test case that fails once per finding.
import { LintResult } from '../core/types';
import { clauseLabel, FormatContext, portablePath, recordSuffix } from './shared';

const CLASSNAME = 'jiaxiao-lint';

export function junit(results: LintResult[], ctx: FormatContext): string {
  const suites = results.map((result) => testsuite(result, ctx));
  const total = (key: 'tests' | 'failures' | 'errors') => suites.reduce((sum, suite) => sum + suite[key], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${CLASSNAME}" tests="${total('tests')}" failures="${total('failures')}" errors="${total('errors')}">`,
    ...suites.map((suite) => suite.xml),
    '</testsuites>',
  ].join('\n');
}

interface Suite {
  xml: string;
  tests: number;
  failures: number;
  errors: number;
}

function testsuite(result: LintResult, ctx: FormatContext): Suite {
  const name = attribute(portablePath(result.filePath, ctx.cwd) + recordSuffix(result));
  const children = result.messages.map((finding) => {
    const text = `${finding.line}:${finding.column} ${clauseLabel(finding.clause, ctx.lang)} ${finding.message}`;
    return `      <failure message="${attribute(finding.message)}" type="${attribute(finding.ruleId)}">${xmlText(text)}</failure>`;
  });
  if (result.fatal !== undefined) {
    children.unshift(`      <error message="${attribute(result.fatal)}">${xmlText(result.fatal)}</error>`);
  }
  const failures = result.messages.length;
  const errors = result.fatal !== undefined ? 1 : 0;
  const testcase =
    children.length === 0
      ? `    <testcase name="${name}" classname="${CLASSNAME}"/>`
      : [`    <testcase name="${name}" classname="${CLASSNAME}">`, ...children, '    </testcase>'].join('\n');
  return {
    xml: [`  <testsuite name="${name}" tests="1" failures="${failures}" errors="${errors}">`, testcase, '  </testsuite>'].join('\n'),
    tests: 1,
    failures,
    errors,
  };
}

/** Characters XML 1.0 does not allow at all (most C0 controls, lone surrogates, U+FFFE/FFFF): dropped. */
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** Also keeps line breaks and tabs, which a parser would otherwise turn into spaces in an attribute. */
function attribute(text: string): string {
  return xmlText(text).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}
