// Rules as declared in dictionaries/*.yaml, and their compiled form. Compiling is pure: the loader
// (src/config/dictionaries.ts) reads the files, this module checks and prepares what they say.
import { compileClasses, WordClasses } from './classes';
import { requiredLiterals } from './literals';
import { CompiledScorer, compileScorer, modelProblem, ScorerModel } from './scorer';
import { CLAUSES, ClauseId, MessageKind, RuleMeta, Severity } from './types';

export type DetectorKind = 'lexicon' | 'pattern' | 'combination' | 'validator' | 'structure' | 'time' | 'scorer';

/** One rule as written in a dictionary file. */
export interface RuleSpec {
  id: string;
  detector: DetectorKind;
  severity?: 'warn' | 'error';
  description: string;
  description_en?: string;
  message: string;
  message_en?: string;
  suggestion: string;
  suggestion_en?: string;
  /** Replacement text for the matched words, when the rewrite is safe to apply automatically. */
  replacement?: string;
  /** lexicon: words matched on whole tokens. */
  terms?: string[];
  /** pattern: regular expressions on the normalised text. */
  patterns?: string[];
  /**
   * combination: word classes (dictionaries/classes.yaml) that must all occur in one clause or
   * sentence, in any order; a nested list holds when any of its classes does. The finding spans the
   * words that decided it.
   */
  all?: Array<string | string[]>;
  /** combination: classes that decide alone (扩散, 转出去), wherever they occur. */
  alone?: string[];
  /** combination: classes none of which may occur in the same span. */
  none?: string[];
  /** combination: where the classes must meet (default: the clause). */
  scope?: 'clause' | 'sentence' | 'message';
  /** Each of these must also occur in the same sentence (regex, or @name / @approval / @score); a nested list holds when any of it does. */
  with?: Array<string | string[]>;
  /** The match does not count when one of these occurs in the same sentence (or clause, see unlessScope). */
  unless?: string[];
  /** Where `unless` looks: the sentence (default) or only the clause of the match (成绩单独告知 after a comma exempts only itself). */
  unlessScope?: 'sentence' | 'clause';
  /** The match does not count when one of these occurs anywhere in the message. */
  unlessInMessage?: string[];
  /** The match counts only when one of these occurs somewhere in the message (阅读30分钟 is homework in a letter about 作业). */
  withInMessage?: string[];
  /** A negation before the match in its clause (不发布、请勿、禁止 …) makes it compliance. */
  negatable?: boolean;
  /** The act is a request to parents (forward this, reply 1, vote): a report of what already happened is not one. */
  request?: boolean;
  /** Report a sentence once, at its first match (恭喜…一等奖 is one praise, not two). */
  oncePerSentence?: boolean;
  /** Only for these kinds of message (default: all). */
  kinds?: MessageKind[];
  /** scorer: the learned model (dictionaries/models/<model>.json) that judges the whole message. */
  model?: string;
  /** validator / structure / time: which check of the code runs. */
  check?: string;
  /** The match is a secret (documentation: every report masks all such numbers, found or not; see redact.ts). */
  secret?: boolean;
  /** Parameters of a check. */
  options?: Record<string, unknown>;
  examples?: { bad?: string[]; good?: string[] };
}

export interface DictionaryFile {
  clause: ClauseId;
  title: string;
  title_en?: string;
  /** National rules that back the clause (names and years as published), for `explain`. */
  basis?: string[];
  rules: RuleSpec[];
}

export interface Rule extends RuleSpec {
  clause: ClauseId;
  defaultSeverity: Severity;
  compiledPatterns: RegExp[];
  /** Per pattern: characters one of which every match contains (a cheap test before the regex), or null. */
  patternAnchors: Array<string[] | null>;
  /** Per pattern: strings one of which every match contains (src/core/literals.ts), or null; a finer test than patternAnchors. */
  patternLiterals?: Array<string[] | null>;
  compiledWith: Condition[][];
  compiledUnless: Condition[];
  compiledUnlessInMessage: Condition[];
  compiledWithInMessage: Condition[];
  /** scorer: its model, ready to score. */
  compiledScorer?: CompiledScorer;
}

/** A condition is a regex on the normalised text or a named piece of evidence (@name …). */
export type Condition = RegExp | `@${string}`;

export const EVIDENCE = ['@name', '@approval', '@score'] as const;

export interface Ruleset {
  rules: Rule[];
  dictionaries: DictionaryFile[];
  /** Every lexicon term, for the segmenter's user dictionary. */
  terms: string[];
  /** Placeholder aliases: {{rank}} is judged as {{排名}}. */
  placeholders: Record<string, string>;
  /** The word classes combination rules are made of. */
  classes: WordClasses;
}

/** The learned models scorer rules may name, by name (dictionaries/models/<name>.json). */
export type ScorerModels = Record<string, ScorerModel>;

export class RuleError extends Error {}

const KINDS: DetectorKind[] = ['lexicon', 'pattern', 'combination', 'validator', 'structure', 'time', 'scorer'];

/** Required literals already worked out, by pattern source: the build stores those of the bundled dictionaries (see literals.ts). */
export type KnownLiterals = Record<string, string[] | null>;

export function compileRuleset(files: Array<{ path: string; data: unknown }>, placeholders: Record<string, string> = {}, classData?: unknown, known: KnownLiterals = {}, models: ScorerModels = {}): Ruleset {
  // Reading the literals off the ~160 bundled regex sources took ~15 ms of every start-up: the build does it once.
  const knownLiterals = new Map(Object.entries(known));
  const literalsOf = (source: string) => (knownLiterals.has(source) ? knownLiterals.get(source)! : requiredLiterals(source));
  let classes: WordClasses;
  try {
    classes = compileClasses(classData, undefined, literalsOf);
  } catch (e) {
    throw new RuleError((e as Error).message);
  }
  const rules: Rule[] = [];
  const dictionaries: DictionaryFile[] = [];
  const seen = new Set<string>();
  for (const { path, data } of files) {
    const file = checkFile(path, data);
    dictionaries.push(file);
    for (const spec of file.rules) {
      if (seen.has(spec.id)) throw new RuleError(`${path}: 规则 ${spec.id} 重复定义`);
      seen.add(spec.id);
      rules.push(compileRule(path, file.clause, spec, classes, literalsOf, models));
    }
  }
  // Rule terms and class words both go to the segmenter, so that jieba keeps them whole.
  const classWords = [...classes.values()].flatMap((c) => c.words);
  const terms = [...new Set([...rules.flatMap((r) => r.terms ?? []), ...classWords.filter((w) => w.length > 1)])];
  return { rules, dictionaries, terms, placeholders, classes };
}

/** The required literals of every pattern of these dictionaries and classes (what the build stores as KnownLiterals). */
export function literalsOfPatterns(files: Array<{ data: unknown }>, classData?: unknown): KnownLiterals {
  const sources = [
    ...files.flatMap(({ data }) => ((data as Partial<DictionaryFile>)?.rules ?? []).flatMap((r) => r.patterns ?? [])),
    ...Object.values((classData ?? {}) as Record<string, { patterns?: string[] }>).flatMap((c) => c?.patterns ?? []),
  ];
  return Object.fromEntries(sources.map((source) => [source, requiredLiterals(source)]));
}

function checkFile(path: string, data: unknown): DictionaryFile {
  const d = data as DictionaryFile;
  if (!d || typeof d !== 'object') throw new RuleError(`${path}: 词典文件应为对象（clause, title, rules）`);
  if (!CLAUSES.includes(d.clause)) throw new RuleError(`${path}: clause 应为 ${CLAUSES.join('/')} 之一，实为 ${String(d.clause)}`);
  if (!Array.isArray(d.rules)) throw new RuleError(`${path}: rules 应为列表`);
  return d;
}

function compileRule(path: string, clause: ClauseId, spec: RuleSpec, classes: WordClasses, literalsOf: (source: string) => string[] | null, models: ScorerModels): Rule {
  const where = `${path}: 规则 ${spec.id ?? '(无 id)'}`;
  if (!spec.id || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(spec.id)) throw new RuleError(`${where}: id 应为小写短横线形式，如 n2-ranking`);
  if (!KINDS.includes(spec.detector)) throw new RuleError(`${where}: detector 应为 ${KINDS.join('/')} 之一`);
  for (const key of ['message', 'suggestion', 'description'] as const) {
    if (typeof spec[key] !== 'string' || !spec[key]) throw new RuleError(`${where}: 缺少 ${key}`);
  }
  if (spec.detector === 'lexicon' && !spec.terms?.length) throw new RuleError(`${where}: lexicon 规则需要 terms`);
  if (spec.detector === 'pattern' && !spec.patterns?.length) throw new RuleError(`${where}: pattern 规则需要 patterns`);
  if (spec.detector === 'combination') {
    if (!spec.all?.length && !spec.alone?.length) throw new RuleError(`${where}: combination 规则需要 all 或 alone（词类列表）`);
    for (const name of [...(spec.all ?? []).flat(), ...(spec.alone ?? []), ...(spec.none ?? [])]) {
      if (!classes.has(name)) throw new RuleError(`${where}: 没有名为 ${name} 的词类（见 dictionaries/classes.yaml）`);
    }
  }
  if (['validator', 'structure', 'time'].includes(spec.detector) && !spec.check) throw new RuleError(`${where}: 需要 check`);
  let compiledScorer: CompiledScorer | undefined;
  if (spec.detector === 'scorer') {
    const model = spec.model === undefined ? undefined : models[spec.model];
    if (!model) throw new RuleError(`${where}: scorer 规则需要 model（dictionaries/models/ 中的模型名，现有：${Object.keys(models).join('、') || '无'}）`);
    const problem = modelProblem(model);
    if (problem) throw new RuleError(`${where}: 模型 ${spec.model} 无效：${problem}（请用 scripts/train-scorer.mjs 重新生成）`);
    if (model.clause !== clause) throw new RuleError(`${where}: 模型 ${spec.model} 是为 ${model.clause} 训练的，不能用于 ${clause}`);
    compiledScorer = compileScorer(model);
  }
  const regex = (source: string) => {
    try {
      return new RegExp(source, 'giu');
    } catch (e) {
      throw new RuleError(`${where}: 正则表达式无效 /${source}/：${(e as Error).message}`);
    }
  };
  const condition = (source: string): Condition => {
    if (source.startsWith('@')) {
      if (!(EVIDENCE as readonly string[]).includes(source)) throw new RuleError(`${where}: 未知的证据 ${source}（可用 ${EVIDENCE.join(', ')}）`);
      return source as Condition;
    }
    return regex(source);
  };
  return {
    ...spec,
    clause,
    negatable: spec.negatable ?? false,
    defaultSeverity: spec.severity === 'warn' ? 1 : 2,
    compiledPatterns: (spec.patterns ?? []).map(regex),
    patternAnchors: (spec.patterns ?? []).map(anchorsOf),
    patternLiterals: (spec.patterns ?? []).map(literalsOf),
    compiledWith: (spec.with ?? []).map((w) => (Array.isArray(w) ? w : [w]).map(condition)),
    compiledUnless: (spec.unless ?? []).map(condition),
    compiledUnlessInMessage: (spec.unlessInMessage ?? []).map(condition),
    compiledWithInMessage: (spec.withInMessage ?? []).map(condition),
    compiledScorer,
  };
}

/**
 * A Chinese character that each top-level alternative of a regex must contain: one outside any
 * group or class and not made optional by ?, * or {0,…}. A text with none of them cannot match, so
 * the regex need not run (most messages skip most patterns). null when some alternative has none.
 */
export function anchorsOf(source: string): string[] | null {
  const anchors: string[] = [];
  let depth = 0;
  let inClass = false;
  let found: string | undefined;
  for (let i = 0; i <= source.length; i++) {
    const c = source[i];
    if (c === undefined || (c === '|' && depth === 0 && !inClass)) {
      if (!found) return null;
      anchors.push(found);
      found = undefined;
      continue;
    }
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (!found && depth === 0 && /[\u4e00-\u9fff]/.test(c) && !/^(?:[?*]|\{0)/.test(source.slice(i + 1, i + 3))) found = c;
  }
  return anchors;
}

export function ruleMeta(rule: Rule): RuleMeta {
  return {
    id: rule.id,
    clause: rule.clause,
    severity: rule.defaultSeverity,
    description: { zh: rule.description, en: rule.description_en ?? rule.description },
    // The rule's data and examples live in its clause's dictionary file.
    helpUri: `https://github.com/jiaxiao-lint/jiaxiao-lint/blob/main/dictionaries/${rule.clause}.yaml`,
  };
}
