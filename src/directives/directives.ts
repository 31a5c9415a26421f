// Inline directives (`jiaxiao-lint-disable N2 -- 家长要求`) in templates, after ESLint's.
// Pure: parses text and filters findings; no I/O.

import { lineStarts, positionAt } from '../core/text';
import type { Finding } from '../core/types';

export type FileKind = 'markdown' | 'html' | 'handlebars' | 'text';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids (lower case, `n2-ranking`) and clause ids (upper case, `N2`) as listed; empty = every rule. */
  targets: string[];
  /** The text after ` -- ` (or `——`), when given. */
  reason?: string;
  /** Where the comment starts and ends: 1-based lines, columns in user-perceived characters (as Finding). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The comment itself (`<!--` … `-->`), UTF-16 offsets, end exclusive. */
  range: [number, number];
  /** For disable-line and disable-next-line: the line whose findings it suppresses. */
  appliesToLine?: number;
}

export interface ParsedDirectives {
  directives: Directive[];
  /** Ranges to blank out before linting: directive comments, whole lines (newline included) for own-line ones. */
  commentRanges: Array<[number, number]>;
}

export function fileKindFor(path: string): FileKind {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  switch (ext) {
    case 'md':
    case 'markdown':
      return 'markdown';
    case 'html':
    case 'htm':
      return 'html';
    case 'hbs':
    case 'handlebars':
    case 'mustache':
      return 'handlebars';
    default:
      return 'text';
  }
}

// Comment syntaxes. Handlebars files are usually HTML or Markdown underneath, so `<!-- -->` counts
// there too. `{{!--` must be tried before `{{!`; `~` is Handlebars' whitespace control.
const HTML_COMMENT = /<!--([\s\S]*?)-->/g;
const HANDLEBARS_COMMENT = /\{\{~?!--([\s\S]*?)--~?\}\}|\{\{~?!([\s\S]*?)~?\}\}|<!--([\s\S]*?)-->/g;
// Plain text: a whole line `# jiaxiao-lint-…` or `// jiaxiao-lint-…`. Only lines that hold a directive
// are comments, so a heading such as `# 通知` stays text to lint.
const LINE_COMMENT = /^[ \t\u3000]*(?:#|\/\/)[ \t\u3000]*(jiaxiao-lint-.*?)[ \t\u3000\r]*$/gm;

// Longest names first so `disable` does not swallow `disable-line`.
const DIRECTIVE_BODY = /^jiaxiao-lint-(disable-next-line|disable-line|disable|enable)(?:[\s\u3000]+([\s\S]*))?$/;
// ` -- reason`, as ESLint; `——` too, because a Chinese input method turns `--` into it.
const REASON_SEPARATOR = /(?:^|\s)--(?:\s|$)|——/;
const CLAUSE_ID = /^[mn][1-5]$/i;

interface Comment {
  start: number;
  end: number;
  body: string;
}

export function parseDirectives(text: string, fileKind: FileKind): ParsedDirectives {
  const comments: Comment[] = [];
  const blockPattern = fileKind === 'handlebars' ? HANDLEBARS_COMMENT : HTML_COMMENT;
  for (const m of text.matchAll(new RegExp(blockPattern))) {
    const body = m[1] ?? m[2] ?? m[3] ?? '';
    comments.push({ start: m.index, end: m.index + m[0].length, body });
  }
  if (fileKind === 'text') {
    for (const m of text.matchAll(new RegExp(LINE_COMMENT))) {
      const lineEnd = m.index + m[0].length;
      // A line inside an HTML comment is part of that comment, not a comment of its own.
      if (comments.some((c) => c.start < lineEnd && m.index < c.end)) continue;
      comments.push({ start: m.index, end: lineEnd, body: m[1] });
    }
    comments.sort((a, b) => a.start - b.start);
  }

  const starts = lineStarts(text);
  const directives: Directive[] = [];
  const commentRanges: Array<[number, number]> = [];
  for (const comment of comments) {
    const parsed = parseBody(comment.body);
    if (!parsed) continue; // an ordinary comment: left alone, and linted like any text
    const startPos = positionAt(text, starts, comment.start);
    const endPos = positionAt(text, starts, comment.end);
    const directive: Directive = {
      ...parsed,
      line: startPos.line,
      column: startPos.column,
      endLine: endPos.line,
      endColumn: endPos.column,
      range: [comment.start, comment.end],
    };
    if (parsed.kind === 'disable-line') directive.appliesToLine = startPos.line;
    // The line after the comment's last line, so a multi-line comment still points at what follows it.
    if (parsed.kind === 'disable-next-line') directive.appliesToLine = positionAt(text, starts, comment.end - 1).line + 1;
    directives.push(directive);
    commentRanges.push(blankOutRange(text, comment.start, comment.end));
  }
  return { directives, commentRanges };
}

function parseBody(rawBody: string): Pick<Directive, 'kind' | 'targets' | 'reason'> | undefined {
  const match = DIRECTIVE_BODY.exec(rawBody.trim());
  if (!match) return undefined;
  const kind = match[1] as DirectiveKind;
  let list = match[2] ?? '';
  let reason: string | undefined;
  const separator = REASON_SEPARATOR.exec(list);
  if (separator) {
    reason = list.slice(separator.index + separator[0].length).trim() || undefined;
    list = list.slice(0, separator.index);
  }
  // Chinese commas and 、 too: people type lists with a Chinese input method.
  const targets = list
    .split(/[\s,，、]+/)
    .filter((t) => t !== '')
    .map((t) => (CLAUSE_ID.test(t) ? t.toUpperCase() : t.toLowerCase()));
  return reason === undefined ? { kind, targets } : { kind, targets, reason };
}

/** An own-line comment is removed with its line (indentation and line break included); otherwise just the comment. */
function blankOutRange(text: string, start: number, end: number): [number, number] {
  let lineStart = start;
  while (lineStart > 0 && !LINE_BREAK_CHAR.test(text[lineStart - 1])) lineStart--;
  LINE_BREAK.lastIndex = end;
  const next = LINE_BREAK.exec(text);
  const lineEnd = next ? next.index : text.length;
  const ownLine = /^[ \t\u3000]*$/.test(text.slice(lineStart, start)) && /^[ \t\u3000]*$/.test(text.slice(end, lineEnd));
  if (!ownLine) return [start, end];
  return [lineStart, next ? lineEnd + next[0].length : text.length];
}

// What ends a line, as text.ts lineStarts counts it.
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;
const LINE_BREAK_CHAR = /[\r\n\u2028\u2029]/;

// ---------------------------------------------------------------------------------------------

function matches(directive: Directive, finding: Finding): boolean {
  return directive.targets.length === 0 || directive.targets.includes(finding.ruleId) || directive.targets.includes(finding.clause);
}

/**
 * Drops the findings that directives suppress.
 * - disable/enable blocks: for each finding, the last block directive before it that names its rule or
 *   clause (or names nothing) decides, as in ESLint: not a stack, so `enable N2` reopens N2 however many
 *   `disable`s came before. A disable without an enable runs to the end of the file.
 * - disable-line: findings whose lines [line, endLine] include the comment's line; disable-next-line: the next line.
 * - Unused (with reportUnused): a disable directive that suppressed no finding (a finding covered by two
 *   directives counts for both, so removing a directive reported unused never lets a finding through);
 *   an enable directive that closed no open disable.
 */
export function applyDirectives(
  findings: Finding[],
  parsed: Pick<ParsedDirectives, 'directives'>,
  opts: { reportUnused: boolean },
): { kept: Finding[]; unused: Directive[] } {
  const directives = [...parsed.directives].sort((a, b) => a.range[0] - b.range[0]);
  const blockDirectives = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  const lineDirectives = directives.filter((d) => d.kind === 'disable-line' || d.kind === 'disable-next-line');
  const used = new Set<Directive>();

  const kept = findings.filter((finding) => {
    let suppressed = false;
    let openDisable: Directive | undefined;
    for (const d of blockDirectives) {
      if (d.range[1] > finding.range[0]) break;
      if (matches(d, finding)) openDisable = d.kind === 'disable' ? d : undefined;
    }
    if (openDisable) {
      used.add(openDisable);
      suppressed = true;
    }
    for (const d of lineDirectives) {
      const line = d.appliesToLine!;
      if (line >= finding.line && line <= finding.endLine && matches(d, finding)) {
        used.add(d);
        suppressed = true;
      }
    }
    return !suppressed;
  });

  if (!opts.reportUnused) return { kept, unused: [] };
  const unusedEnables = enablesClosingNothing(blockDirectives);
  const unused = directives.filter((d) => (d.kind === 'enable' ? unusedEnables.has(d) : !used.has(d)));
  return { kept, unused };
}

/** Replays the blocks to find `enable`s that had no open `disable` to close. */
function enablesClosingNothing(blockDirectives: Directive[]): Set<Directive> {
  interface OpenBlock {
    all: boolean;
    targets: Set<string>;
    /** For a disable-all block: what enables have reopened already. */
    reopened: Set<string>;
  }
  let open: OpenBlock[] = [];
  const unused = new Set<Directive>();
  for (const d of blockDirectives) {
    if (d.kind === 'disable') {
      open.push({ all: d.targets.length === 0, targets: new Set(d.targets), reopened: new Set() });
      continue;
    }
    let closedSomething = false;
    if (d.targets.length === 0) {
      closedSomething = open.length > 0;
      open = [];
    } else {
      for (const block of open) {
        for (const target of d.targets) {
          if (block.all) {
            if (!block.reopened.has(target)) closedSomething = true;
            block.reopened.add(target);
            continue;
          }
          for (const disabled of block.targets) if (mayOverlap(target, disabled)) closedSomething = true;
          block.targets.delete(target);
        }
      }
      open = open.filter((block) => block.all || block.targets.size > 0);
    }
    if (!closedSomething) unused.add(d);
  }
  return unused;
}

// Without the rule registry we cannot tell whether rule `n2-ranking` belongs to clause N2, so a rule id
// and a clause id may overlap: better not to report an enable that does work.
function mayOverlap(a: string, b: string): boolean {
  return a === b || CLAUSE_ID.test(a) !== CLAUSE_ID.test(b);
}
