// Everything the detectors may look at for one message, computed once: the normalised text, its
// tokens, sentences and clauses, the named persons, the kind of message and the configuration.
import type { WordClasses } from './classes';
import type { ScorerKey } from './scorer';
import { charBits } from './literals';
import { normalize, NormalizedText, spokenPauses } from './normalize';
import { findNames } from './names';
import { ResolvedConfig } from './options';
import { segment, Token } from './segment';
import { boundRuns, chatSentenceSpans, clauseSpans, execAll, lowerBound, sentenceSpans, Span } from './text';
import type { Lang, MessageKind } from './types';

export interface LintContext {
  norm: NormalizedText;
  /** The normalised text with placeholder aliases: what detectors match on. Offsets map back through norm.toOriginal. */
  text: string;
  /** `text` with the inside of very long runs of digits or spaces blanked: what dictionary regexes run on. */
  matchText: string;
  /** The characters of matchText (literals.ts charBits): the literal pre-check of patterns asks it first. */
  matchBits: Uint32Array;
  /** `text` in lower case, for case-insensitive terms (yyds, VX); same offsets. */
  lowerText: string;
  tokens: Token[];
  tokenStarts: Set<number>;
  tokenEnds: Set<number>;
  sentences: Span[];
  clauses: Span[];
  names: Span[];
  /** Placeholder names seen through an alias ({{rank}} as 排名): a finding inside one covers the whole name. */
  aliases: Span[];
  kind: MessageKind;
  /** The word classes of the ruleset, and where each occurs in this message (filled on first use). */
  classes: WordClasses;
  classCache: Map<string, Span[]>;
  /** Where each class's words occur, found in one pass on first use (src/core/classes.ts). */
  classWordHits?: Map<string, Span[]>;
  /** Where a word may start, with its token (src/core/classes.ts startPositions), found on first use. */
  startPositions?: { at: number[]; token: Token[] };
  /** The text the learned scorers read (src/core/scorer.ts scorerKey), built once for all of them on first use. */
  scorerKey?: ScorerKey;
  config: ResolvedConfig;
  lang: Lang;
  at?: Date;
  now?: Date;
  urgent: boolean;
  /** Normalised offset where the body starts (front matter before it is not linted). */
  bodyStart: number;
}

/** A match of a rule: normalised offsets plus what the message and suggestion need. */
export interface Match {
  start: number;
  end: number;
  /** Values for {placeholders} in the rule's message and suggestion ({term}, {masked} …). */
  vars?: Record<string, string>;
  /** A combination's other deciding words (the match itself is its first class's word). */
  parts?: Span[];
  /** Replaces the rule's advice (the suggestion's description). */
  advice?: string;
  /** Replacement text offered with the suggestion (e.g. a notice skeleton built from the draft). */
  suggestion?: string;
  /** A safe automatic replacement for [start, end). */
  fix?: string;
  /** The offsets are in the original text, not the normalised one (emoji are counted as written). */
  inOriginal?: boolean;
  /** Overrides the message (e.g. N1's reason and next allowed moment). */
  message?: string;
  /** Overrides the rule's severity (e.g. N1 under --urgent). */
  severity?: 1 | 2;
}

export function buildContext(
  original: string,
  config: ResolvedConfig,
  placeholders: Record<string, string>,
  classes: WordClasses,
  opts: { kind?: MessageKind; at?: Date; now?: Date; urgent?: boolean; bodyStart?: number; lang?: Lang },
): LintContext {
  const norm = normalize(blankPrefix(original, opts.bodyStart ?? 0));
  const aliases: Span[] = [];
  const text = aliasPlaceholders(norm.text, placeholders, aliases);
  const tokens = segment(text);
  const tokenStarts = new Set<number>();
  const tokenEnds = new Set<number>();
  for (const t of tokens) {
    tokenStarts.add(t.start);
    tokenEnds.add(t.end);
  }
  const kind = opts.kind ?? guessKind(text);
  let bodyStart = 0;
  while (bodyStart < text.length && norm.toOriginal[bodyStart] < (opts.bodyStart ?? 0)) bodyStart++;
  const lower = text.toLowerCase();
  const matchText = boundRuns(text);
  return {
    norm,
    text,
    matchText,
    matchBits: charBits(matchText),
    lowerText: lower.length === text.length ? lower : text,
    tokens,
    tokenStarts,
    tokenEnds,
    sentences: kind === 'notice' ? sentenceSpans(text) : chatSentenceSpans(text),
    clauses: clauseSpans(text, spokenPauses(norm)),
    names: withoutDocumentNumbers(text, findNames(text, tokens).filter(([start]) => !afterNameDot(norm, start))),
    aliases,
    kind,
    classes,
    classCache: new Map(),
    config,
    lang: opts.lang ?? config.lang,
    at: opts.at,
    now: opts.now,
    urgent: opts.urgent ?? false,
    bodyStart,
  };
}

/** Front matter is replaced by spaces so that nothing in it matches and offsets stay put. */
function blankPrefix(text: string, end: number): string {
  return end > 0 ? text.slice(0, end).replace(/[^\n]/g, ' ') + text.slice(end) : text;
}

/**
 * Segmentation sees English placeholder names as the Chinese word they stand for ({{rank}} → 排名),
 * so that dictionary rules judge a template by what it will hold. Only the segmenter's view changes:
 * matching uses the same text, so a placeholder alias must be the same length to keep offsets; it
 * is padded with the placeholder's own characters otherwise.
 */
function aliasPlaceholders(text: string, aliases: Record<string, string>, spans: Span[]): string {
  if (!text.includes('{')) return text;
  return text.replace(/(\{\{\s*|\$\{\s*)([A-Za-z_]+)(\s*\}\}?)/g, (whole, open: string, name: string, close: string, offset: number) => {
    const alias = aliases[name.toLowerCase()];
    if (!alias || alias.length > name.length) return whole;
    spans.push([offset + open.length, offset + open.length + name.length]);
    return open + alias + ' '.repeat(name.length - alias.length) + close;
  });
}

const NOTICE_TITLE = /^(?:[^\n，。！？]{0,24}(?:通知|告家长书|一封信|倡议书|须知|告知书|温馨提示|公告|提醒)[^\n，。！？]{0,12}$|(?:通知|温馨提示|告家长书|公告)[：:！!\s]|【(?:通知|温馨提示|公告|提醒|重要通知)】)/;
/**
 * A salutation names whom the notice addresses and ends in a colon or comma: 各位家长：, 尊敬的学生家长：,
 * 全体家长：, 尊敬的老师、亲爱的同学们：, 亲爱的孩子们：, and a greeting fused to one addressed to all
 * (亲爱的家长您好：), and others listed after it (尊敬的各位家长、父老乡亲：); 王小明家长您好： is one family, a private message, not a notice's salutation.
 */
const ADDRESSEE = '(?:家长|同学|老师|朋友|孩子|宝贝|小朋友|爸爸|妈妈|爸妈)们?(?:朋友们?)?';
// Others a salutation may list after 家长: 父老乡亲, 各位社会爱心人士, 全体村民.
const OTHERS_ADDRESSED = `[^\\n：:，,。！？、]{0,8}?(?:乡亲|村民|居民|人士|同仁|同志|师生|教职工|学生|${ADDRESSEE})们?`;
const INSTITUTIONS = '(?:学校|中小学|小学|中学|幼儿园|单位|部门|机构|校区?|园所?|处室|年级|班级|教职工|师生)';
export const SALUTATION = new RegExp(
  `^(?:致)?(?:(?:尊敬|亲爱)的)?[^\\n：:，,。！？]{0,16}?${ADDRESSEE}(?:、${OTHERS_ADDRESSED}){0,3}(?:好)?\\s*[：:，,]` +
    `|^(?:(?:尊敬|亲爱)的|各位|全体)[^\\n：:，,。！？]{0,8}?${ADDRESSEE}(?:您好|你们好|大家好)\\s*[：:，,]` +
    // 各中小学、幼儿园：, 全体教职工，家长、学生：: everyone of a list of institutions or people.
    `|^(?:各|全体|全县|全市|全区|全镇)[^\\n：:。！？]{0,30}(?:${INSTITUTIONS}|${ADDRESSEE}|学生)\\s*[：:]`,
);

// A short line to the teacher (好的，谢谢王老师 / 老师辛苦了) is a parent's reply.
const REPLY_TO_TEACHER = /^(?:好的|收到|谢谢|感谢|点赞|辛苦)|老师(?:辛苦|您|说得)|(?:谢谢|感谢)[^，。！]{0,3}老师/;

/**
 * regulation.md: a notice is a text titled or framed as 通知/告家长书/温馨提示, or a multi-paragraph
 * text addressed to parents. A one-line instruction is not.
 */
export function guessKind(text: string): MessageKind {
  const lines = text.split(/\r\n|[\r\n\u2028\u2029]/).map((l) => l.trim()).filter(Boolean);
  if (!lines.length) return 'chat';
  if (NOTICE_TITLE.test(lines[0])) return 'notice';
  if (lines.length >= 3 && lines.slice(0, 2).some((l) => SALUTATION.test(l))) return 'notice';
  if (lines.length === 1 && text.length <= 40 && REPLY_TO_TEACHER.test(text) && !/家长/.test(text)) return 'reply';
  return 'chat';
}

/** The token that holds an offset (a binary search: tokens are in text order). */
export function tokenAt(ctx: LintContext, offset: number): Token | undefined {
  return ctx.tokens[lowerBound(ctx.tokens.length, (k) => ctx.tokens[k].end <= offset)];
}

/**
 * 陈发改发〔2026〕8号, 城教函〔2026〕37号: an issuing office's abbreviation in a document number holds no
 * person, though jieba may read its first characters as a surname and a given name.
 */
function withoutDocumentNumbers(text: string, names: Span[]): Span[] {
  if (!names.length || !/[〔［\[(（]\s*\d{4}\s*[〕］\])）]/.test(text)) return names;
  const numbers = [...execAll(DOCUMENT_NUMBER, text)].map((m): Span => [m.index!, m.index! + m[0].length]);
  return names.filter(([start, end]) => !numbers.some(([s, e]) => start >= s && end <= e));
}
const DOCUMENT_NUMBER = /\p{Script=Han}{1,10}[〔［\[(（]\s*\d{4}\s*[〕］\])）]\s*\d+\s*号/gu;

/**
 * 安娜·贾薇丝: the part after a name dot (dropped by normalisation) belongs to a transliterated name;
 * its first character is no Chinese surname.
 */
function afterNameDot(norm: NormalizedText, start: number): boolean {
  const at = norm.toOriginal[start];
  return /[·•・‧]/.test(norm.original[at - 1] ?? '');
}
