// One draft as the web page sends it (`{ text, at?, kind?, urgent?, lang? }`), checked the way
// `jiaxiao-lint --text … --format json` checks it: the same result object (source with secrets
// masked), plus, when N1 reports, the next allowed send moment. Pure; shared by the server
// (src/server) and the static page (src/web), so both answer alike.
import { lintDocument } from './document';
import { ResolvedConfig } from './options';
import { redactResults } from './redact';
import type { Ruleset } from './rules';
import type { Lang, LintResult, MessageKind } from './types';
import { ACCEPTED_AT_FORMATS, parseAt } from '../time/parseAt';
import { checkSendTime } from '../time/sendTime';

export interface DraftRequest {
  text: string;
  /** Send time in any form `--at` takes; without it N1 is not checked (as with `--text`). */
  at?: string;
  kind?: MessageKind;
  urgent?: boolean;
  lang?: Lang;
}

export interface DraftResult extends LintResult {
  /** Present when N1 reports: the next moment the message may be sent. */
  nextAllowed?: { at: string; text: string };
}

/** A request the draft cannot be checked with; the message is in the request's language. */
export class DraftRequestError extends Error {}

const KINDS: readonly string[] = ['notice', 'chat', 'reply'];

/** Checks the shape of a parsed JSON body; throws DraftRequestError naming the problem. */
export function toDraftRequest(body: unknown): DraftRequest {
  const en = typeof body === 'object' && body !== null && (body as { lang?: unknown }).lang === 'en';
  const fail = (zh: string, enText: string): never => {
    throw new DraftRequestError(en ? enText : zh);
  };
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return fail('请求体应为 JSON 对象 { text, at?, kind?, urgent?, lang? }', 'The body must be a JSON object { text, at?, kind?, urgent?, lang? }');
  const b = body as Record<string, unknown>;
  if (typeof b.text !== 'string') fail('缺少字符串字段 text', 'text must be a string');
  if (b.at !== undefined && b.at !== null && typeof b.at !== 'string') fail('at 应为字符串', 'at must be a string');
  if (b.kind !== undefined && b.kind !== null && !KINDS.includes(b.kind as string)) fail('kind 应为 notice、chat 或 reply', 'kind must be notice, chat or reply');
  if (b.urgent !== undefined && typeof b.urgent !== 'boolean') fail('urgent 应为 true 或 false', 'urgent must be true or false');
  if (b.lang !== undefined && b.lang !== 'zh' && b.lang !== 'en') fail('lang 应为 zh 或 en', 'lang must be zh or en');
  return {
    text: b.text as string,
    at: (b.at as string | null | undefined) ?? undefined,
    kind: (b.kind as MessageKind | null | undefined) ?? undefined,
    urgent: b.urgent as boolean | undefined,
    lang: b.lang as Lang | undefined,
  };
}

/** The `--format json` results for one draft (one result, filePath `<text>`, as `--text` has it). */
export function lintDraft(request: DraftRequest, ruleset: Ruleset, config: ResolvedConfig, now: Date): DraftResult[] {
  const lang = request.lang ?? config.lang;
  let at: Date | undefined;
  if (request.at !== undefined && request.at.trim() !== '') {
    at = parseAt(request.at.trim(), now, config.time.timeZone);
    if (!at) {
      const forms = ACCEPTED_AT_FORMATS.join(lang === 'en' ? ', ' : '、');
      throw new DraftRequestError(lang === 'en' ? `Unrecognised send time "${request.at}". Accepted forms: ${forms}` : `无法识别的发送时间“${request.at}”。可用的写法：${forms}`);
    }
  }
  const filePath = '<text>';
  const { findings, problem, judged } = lintDocument(request.text, ruleset, {
    config,
    lang,
    kind: request.kind,
    at,
    urgent: request.urgent,
    now,
    fileKind: 'text',
  });
  const result: DraftResult = problem
    ? { filePath, messages: [], errorCount: 0, warningCount: 0, fatal: problem.message, source: request.text }
    : { filePath, messages: findings, errorCount: 0, warningCount: 0, source: request.text, judged };
  result.errorCount = result.messages.filter((m) => m.severity === 2).length;
  result.warningCount = result.messages.length - result.errorCount;
  redactResults([result]); // the CLI's one redaction pass: every number in every string of the result
  if (at && result.messages.some((m) => m.clause === 'N1')) {
    const verdict = checkSendTime(at, config.time, lang);
    if (verdict.next) result.nextAllowed = { at: verdict.next.toISOString(), text: verdict.nextText ?? '' };
  }
  return [result];
}
