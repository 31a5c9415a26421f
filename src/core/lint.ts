// The pure core: lint(text, options) → findings. No I/O: the ruleset and the configuration come in
// as values. Flow: normalise → segment → detectors → filters (kind, with/unless, negation,
// allow-list) → findings with original positions, sorted.
import { CHECKS, Detector } from '../detectors';
import { combination, excludedByNone } from '../detectors/combination';
import { lexicon, lexiconMatches } from '../detectors/lexicon';
import { pattern } from '../detectors/pattern';
import { scorer } from '../detectors/scorer';
import { buildContext, guessKind, LintContext, Match, tokenAt } from './context';
import { DEFAULT_CONFIG, LintOptions } from './options';
import { originalRange } from './normalize';
import { Condition, Rule, Ruleset } from './rules';
import { addWords, Token } from './segment';
import { classIn, classSpans } from './classes';
import { lintInParts, PART_MAX } from './parts';
import { lineStarts, lowerBound, positionAt, Span, spanAt } from './text';
import { CLAUSE_LABELS, Finding, JudgedKind, Lang, Severity, SeveritySetting } from './types';
import { currentExampleDates } from './exampleDates';

const NEGATORS = new Set(['不', '不太', '不想', '不太想', '别', '别说', '千万别', '千万不要', '千万不能', '可别', '切莫', '甭', '拒收', '不接受', '不收受', '婉拒', '不再', '不会', '不要', '请勿', '勿', '切勿', '禁止', '严禁', '无需', '无须', '不用', '不必', '不得', '杜绝', '拒绝', '谢绝', '抵制', '远离', '警惕', '提防', '谨防', '不准', '不许', '不允许', '不宜', '避免', '不予', '从不', '从来不', '从来没有', '从没', '绝不', '决不', '并非']);
const NOT_NEGATING = new Set(['不过', '不仅', '不但', '不管', '不论', '不错', '不少', '不同', '不断', '不久', '不好', '不安', '不足', '不良', '不如', '不然', '不定', '不知', '不禁', '不是', '不对', '不行', '不便', '不幸', '不满', '不够', '不易', '不止', '不只',
  // Contempt, not negation: 你不配, 不要脸.
  '不配', '不要脸', '不像话', '不称职', '不负责任', '不懂事', '不讲理', '不可救药', '不长记性']);
const NEGATED_PUBLISHING = /^[^，。；！？]{0,8}?(?:(?:不|不再|暂不|一律不|均不|禁止|请勿|严禁)(?:会|得|要)?(?:在群[里内]?|在本群|于群内)?(?:公布|发布|公开|发送|发|晒|通报|讨论)|(?:已经?|已被)?(?:取消|停办|叫停))/;
// 不晓得咋个当家长: not knowing negates the verb of knowing, not the topic after it.
const COGNITION = new Set(['晓得', '知道', '清楚', '明白', '懂', '认识', '记得']);
const CONSEQUENCE = /就|便|才|那么|否则|不然/;
// 不求点赞只求扩散: a contrast after the negation takes the match out of its reach.
const CONTRAST = /只求|只要|而是|但求|只想/;
// 群内不得发无关信息，如广告、红包等: examples listed after a negated clause share its negation.
const EXAMPLES = /^\s*(?:如|比如|例如|诸如|包括)/;
// 不赠送任何礼品、礼金，礼卡、微信红包等: a bare list that ends in 等 goes on from the clause before.
const LIST_GOING_ON = /^[^，,：:]*、[^，,：:]*等{1,2}\s*[）)]?\s*[。；;，,！!]?\s*$/;
const APPROVAL = /经.{0,10}(?:教育局|教育和科学技术局|教体局|教育主管部门).{0,4}(?:批准|同意|许可|备案|审批)|〔\d{4}〕\s*\d+\s*号|\[\d{4}\]\s*\d+\s*号|批准文号|审批文号/;
const SCORE = /\d+(?:\.\d+)?分|满分|不及格|平均分|优秀率|及格率|\{\{\s*成绩\s*\}\}/;

const segmenterReady = new WeakSet<Ruleset>();

export function lint(text: string, ruleset: Ruleset, options: LintOptions = {}): Finding[] {
  return lintJudged(text, ruleset, options).findings;
}

/** lint, also telling which kind of message the text was judged as and whether that left rules out. */
export function lintJudged(text: string, ruleset: Ruleset, options: LintOptions = {}): { findings: Finding[]; judged: JudgedKind } {
  // A text over PART_MAX is linted a part at a time; its kind is judged on the whole (its first part).
  if (text.length > PART_MAX) {
    const findings = lintInParts(text, options, (part, partOptions) => lint(part, ruleset, partOptions));
    const kind = options.kind ?? guessKind(text.slice(0, PART_MAX));
    const rulesOn = ruleset.rules.filter((r) => severityOf(r, (options.config ?? DEFAULT_CONFIG).rules));
    const skipped = rulesOn.filter((r) => r.kinds && !r.kinds.includes(kind) && r.kinds.includes('notice')).length;
    return { findings, judged: { kind, guessed: options.kind === undefined, noticeChecksSkipped: skipped } };
  }
  const config = options.config ?? DEFAULT_CONFIG;
  const lang: Lang = options.lang ?? config.lang;
  if (!segmenterReady.has(ruleset)) {
    addWords(ruleset.terms); // the configured extra words are rules of the ruleset too
    segmenterReady.add(ruleset);
  }
  const ctx = buildContext(text, config, ruleset.placeholders, ruleset.classes, { ...options, lang });
  const starts = lineStarts(text);
  const findings: Finding[] = [];
  const whole: [number, number] = [0, ctx.text.length];
  const judged: JudgedKind = { kind: ctx.kind, guessed: options.kind === undefined, noticeChecksSkipped: 0 };
  let lexical: Map<Rule, Match[]> | undefined; // every lexicon rule's matches, found in one pass when the first is needed
  for (const [rule, severity] of activeRules(ruleset, config.rules)) {
    if (rule.kinds && !rule.kinds.includes(ctx.kind)) {
      if (rule.kinds.includes('notice')) judged.noticeChecksSkipped++;
      continue;
    }
    // A learned model is a second opinion: it speaks only where its clause's rules found nothing.
    if (rule.detector === 'scorer' && findings.some((f) => f.clause === rule.clause)) continue;
    if (rule.compiledUnlessInMessage.some((c) => holds(ctx, c, whole))) continue;
    if (rule.compiledWithInMessage.length && !rule.compiledWithInMessage.some((c) => holds(ctx, c, whole))) continue;
    // What must hold in the match's sentence must hold in the message: a cheap test before the detector runs.
    if (!rule.compiledWith.every((anyOf) => anyOf.some((c) => holds(ctx, c, whole)))) continue;
    const found = rule.detector === 'lexicon' ? (lexical ??= lexiconMatches(ctx, ruleset.rules)).get(rule) ?? [] : detect(ctx, rule);
    let kept = found.filter((m) => m.inOriginal || passesFilters(ctx, rule, m));
    // A model's strongest cue (its first match) decides: denied or quoted, the sentence rejects or reports what the model heard.
    if (rule.detector === 'scorer' && found.length && !kept.includes(found[0])) kept = [];
    if (rule.oncePerSentence) kept = firstPerSentence(ctx, kept);
    for (const match of mergeOverlapping(ctx, kept)) findings.push(toFinding(ctx, rule, match, match.severity ?? severity, lang, text, starts));
  }
  findings.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.ruleId.localeCompare(b.ruleId));
  return { findings, judged };
}

const active = new WeakMap<Ruleset, Map<string, Array<[Rule, Severity]>>>();

/** The rules that are on under these settings, with their severities: worked out once per configuration, not per message. */
function activeRules(ruleset: Ruleset, settings: Record<string, SeveritySetting>): Array<[Rule, Severity]> {
  let bySettings = active.get(ruleset);
  if (!bySettings) active.set(ruleset, (bySettings = new Map()));
  const key = `${ruleset.rules.length}:${JSON.stringify(settings)}`;
  let rules = bySettings.get(key);
  if (!rules) {
    rules = [];
    for (const rule of ruleset.rules) {
      const severity = severityOf(rule, settings);
      if (severity) rules.push([rule, severity]);
    }
    bySettings.set(key, rules);
  }
  return rules;
}

/**
 * One finding per place: a rule's overlapping matches (收到后回复 inside 请大家收到后回复“收到”, 有需要的家长加我
 * and 加我微 信) become one finding spanning them all.
 */
function mergeOverlapping(ctx: LintContext, matches: Match[]): Match[] {
  if (matches.length < 2) return matches;
  const merged: Match[] = [];
  for (const m of [...matches].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = merged[merged.length - 1];
    if (!last || m.start >= last.end || m.inOriginal || last.inOriginal) {
      merged.push(m);
      continue;
    }
    if (m.end <= last.end) continue;
    // Only text matches are merged; their {term} becomes the whole span, and a fix no longer fits it.
    merged[merged.length - 1] = { ...last, end: m.end, fix: undefined, vars: { ...last.vars, term: ctx.norm.text.slice(last.start, m.end) } };
  }
  return merged;
}

function firstPerSentence(ctx: LintContext, matches: Match[]): Match[] {
  const seen = new Set<number>();
  return [...matches]
    .sort((a, b) => a.start - b.start)
    .filter((m) => {
      const [sentence] = spanAt(ctx.sentences, m.start);
      if (seen.has(sentence)) return false;
      seen.add(sentence);
      return true;
    });
}

/** The matches of a rule that is not a plain lexicon rule (those are found for all rules at once: lexiconMatches). */
function detect(ctx: LintContext, rule: Rule): Match[] {
  if (rule.detector === 'pattern') return pattern(ctx, rule);
  if (rule.detector === 'scorer') return scorer(ctx, rule);
  // A combination rule may also list fixed phrases (terms, patterns) that decide alone.
  if (rule.detector === 'combination') {
    const phrases = [...(rule.terms ? lexicon(ctx, rule) : []), ...(rule.patterns ? pattern(ctx, rule) : [])];
    return [...combination(ctx, rule), ...phrases.filter((m) => !excludedByNone(ctx, rule, m))];
  }
  const check: Detector | undefined = CHECKS[rule.check!];
  if (!check) throw new Error(`rule ${rule.id}: no check named ${rule.check}`);
  return check(ctx, rule);
}

/** The configured severity: a rule id wins over its clause id; "off" drops the rule. */
export function severityOf(rule: Rule, settings: Record<string, SeveritySetting>): Severity | 0 {
  const setting = settings[rule.id] ?? settings[rule.clause];
  if (setting === undefined) return rule.defaultSeverity;
  if (setting === 'off' || setting === 0) return 0;
  return setting === 'warn' || setting === 1 ? 1 : 2;
}

function passesFilters(ctx: LintContext, rule: Rule, m: Match): boolean {
  if (m.start < ctx.bodyStart) return false;
  const sentence = spanAt(ctx.sentences, m.start);
  if (!rule.compiledWith.every((anyOf) => anyOf.some((c) => holds(ctx, c, sentence)))) return false;
  const unlessSpan = rule.unlessScope === 'clause' ? spanAt(ctx.clauses, m.start) : sentence;
  if (rule.compiledUnless.some((c) => holds(ctx, c, unlessSpan))) return false;
  if (rule.negatable && (negated(ctx, m) || partNegated(ctx, m) || negatedAfter(ctx, m) || inWarning(ctx, m, sentence) || askedAbout(ctx, m, sentence) || refusedByGroupRule(ctx, sentence) || reportedFinding(ctx, sentence) || redirectedToPrivate(ctx, m, sentence) || negatedInTitle(ctx, m) || (rule.request && (pastReport(ctx, sentence) || judgedPractice(ctx, m) || thankedFor(ctx, m) || askedWhetherRequired(ctx, sentence))))) return false;
  if (TEXT_DETECTORS.has(rule.detector) && (selfDeprecating(ctx, m) || chosenManner(ctx, m) || quotedMention(ctx, m, sentence) || inTitleOfWork(ctx, m, sentence) || inPlaceName(ctx, m) || rhetoricalAboutSelf(ctx, m, sentence))) return false;
  return !allowListed(ctx, m);
}

function holds(ctx: LintContext, c: Condition, [start, end]: [number, number]): boolean {
  if (c === '@name') return ctx.names.some(([s, e]) => s < end && e > start);
  const text = ctx.matchText.slice(start, end);
  if (c === '@approval') return APPROVAL.test(text) || ctx.config.allow.approvals.some((a) => a && text.includes(a));
  if (c === '@score') return SCORE.test(text);
  if (typeof c === 'string') return false;
  c.lastIndex = 0;
  return c.test(text);
}

/**
 * A negation or prohibition earlier in the same clause: 不公布成绩, 请勿发广告, 无需回复. A
 * consequence marker after it, up to the end of the match (再不努力这辈子就完了: 不…就…), makes it a
 * condition, not a negation.
 */
function negated(ctx: LintContext, m: Match): boolean {
  const [clauseStart, clauseEnd] = spanAt(ctx.clauses, m.start);
  // Before the match in its clause, or inside it (家长无需检查).
  // A one-character 不 that opens the match is its own content (不买的…); 请勿 or 禁止 there still negates it.
  // 不是捐赠: 不是 right before the words denies them (elsewhere 不是 is mostly a copula: 是不是, 不是…就是).
  if (deniedBefore(ctx, clauseStart, m)) return true;
  // 是不是就“输在起跑线”了。我的看法是不会: a worry raised, then answered no in the next sentence.
  const sentence = spanAt(ctx.sentences, m.start);
  if (ANSWERED_NO.test(ctx.text.slice(sentence[1], sentence[1] + 12))) return true;
  // 学校没有统一买, 也没让任何人组织团购: the school or teacher denying it did the act (没 alone is no
  // negator: 还没交的 is who has not done it yet).
  if (occursIn(ctx, 'school-denial', [clauseStart, m.start])) return true;
  // The last negator from the clause start to the match end (a long clause holds many matches: the
  // negators of the message are listed once, and searched from the match backwards).
  let negator: Token | undefined;
  // A negation that belongs to a contempt word (自己都不会, 不配) is the contempt itself, and one inside
  // a claim of a cover-up (压着不说, 到现在都不承认) is that claim.
  const contempt = classWithin(ctx, 'contempt', [m.start, m.end]);
  const ownWord = contempt ?? classWithin(ctx, 'cover-up', [m.start, m.end]);
  const negators = negatorTokens(ctx);
  for (let k = firstIndexFrom(negators.at, m.end) - 1; k >= 0 && negators.at[k] >= clauseStart; k--) {
    const t = negators.token[k];
    if (ownWord && t.start >= ownWord[0] && t.end <= ownWord[1]) continue;
    if (t.end <= m.end && (t.start !== m.start || (t.word.length > 1 && NEGATORS.has(t.word)))) {
      negator = t;
      break;
    }
  }
  if (negator !== undefined && !CONSEQUENCE.test(ctx.text.slice(negator.end, m.end)) && !CONTRAST.test(ctx.text.slice(negator.end, m.start)) && !(contempt && stopBeingContempt(ctx, negator, m))) return true;
  if (clauseStart > 0 && (EXAMPLES.test(ctx.text.slice(clauseStart, m.start)) || listGoingOn(ctx, clauseStart, clauseEnd))) {
    const previous = spanAt(ctx.clauses, clauseStart - 1);
    if (spanAt(ctx.sentences, previous[0])[0] === spanAt(ctx.sentences, m.start)[0] && negated(ctx, { start: previous[1] - 1, end: previous[1] - 1 })) return true;
  }
  // 有家长想在群里团购零食，这个不在群里组织: the next clause points back at it and refuses it.
  if (REFUSED_IN_NEXT_CLAUSE.test(ctx.text.slice(clauseEnd, clauseEnd + 20))) return true;
  // 以前那种看到通知就接龙的做法，咱们班从这学期起不搞了: the clause names a practice, the next one drops it.
  if (PRACTICE_NAMED.test(ctx.text.slice(m.end, clauseEnd)) && PRACTICE_DROPPED.test(ctx.text.slice(clauseEnd, clauseEnd + 24))) return true;
  // 有位家长在群里发了团购，我已经撤回了 (or …的团购信息我已经撤回了): what someone posted is reported as taken down.
  if (WITHDRAWN_IN_NEXT_CLAUSE.test(ctx.text.slice(clauseEnd, clauseEnd + 12)) || WITHDRAWN_AFTER.test(ctx.text.slice(m.end, clauseEnd))) return true;
  // 有人在转发募捐链接，用的是学校的照片，学校从没发起过: the school disowns it later in the sentence, or in
  // the next one (…的集训营在招生。我们学校没有任何合作机构).
  if (SCHOOL_DISOWNS.test(ctx.text.slice(m.end, nextSentenceEnd(ctx, sentence)))) return true;
  // 成绩排名不在群里公布, 义卖活动学校已经取消: the topic first, then its negated verb in the same clause.
  return NEGATED_PUBLISHING.test(ctx.text.slice(m.end, clauseEnd));
}

/** Where the sentence after this one ends (this one's end when it is the last). */
function nextSentenceEnd(ctx: LintContext, [, end]: Span): number {
  return end < ctx.text.length ? spanAt(ctx.sentences, end)[1] : end;
}

const ANSWERED_NO = /^\s*(?:我的看法是|我觉得|我看|其实)?(?:不会|并不会|不至于|没那么严重)[的，,。！]/;
const REFUSED_IN_NEXT_CLAUSE = /^\s*(?:这个|这种事|这种|这事|这件事|这类事|这类|此事|此类|这样的事)(?:情)?(?:我们?|学校|班里|本班|班级|家委会)?(?:是|也|都|坚决|肯定|一律|绝对|就)?(?:不|不会|不能|不在|不予|不再|没法|不可能|不接受|不同意|不支持|拒绝)/;
const PRACTICE_NAMED = /(?:的|这种|那种|这类|这个)(?:做法|规矩|老规矩|习惯|惯例|老办法|形式)\s*[，,：:]?\s*$/;
const PRACTICE_DROPPED = /^[^，,。！？\n]{0,14}?(?:不搞了|不再(?:搞|要求|这样|这么做|实行)|取消|停了|不用了|废除|作废|不要了|不做了|免了)/;
const SCHOOL_DISOWNS = /(?:学校|本校|我校|班里|本班|班级|老师)(?:也|并|从来|一直)?(?:从没|从未|从来没有?|并没有|没有|没)(?:任何)?(?:发起|组织|举办|参与|委托|授权|推荐|合作)/;
const WITHDRAW = '(?:撤回|撤下|删除|删掉|移除|撤掉)';
const WITHDRAWN_IN_NEXT_CLAUSE = new RegExp(`^\\s*(?:我|群主|老师)?(?:已经?|已|都|先|刚)?${WITHDRAW}`);
const WITHDRAWN_AFTER = new RegExp(`^[^，。！？\\n]{0,8}?(?:我|群主|老师)(?:(?:已经?|已|都)${WITHDRAW}|(?:先|刚)?${WITHDRAW}了)`);

/**
 * 班级群不转发任何筹款链接, 班级群只发学校的事, 班上约定不互相发红包: the group's or class's own rule, stated
 * in the match's sentence or after it, refuses the kind of content the match is. Where the last such rule
 * starts is found once per message, not once per match.
 */
function refusedByGroupRule(ctx: LintContext, sentence: Span): boolean {
  let last = lastGroupRefusal.get(ctx);
  if (last === undefined) {
    last = -1;
    GROUP_REFUSAL.lastIndex = 0;
    for (let m = GROUP_REFUSAL.exec(ctx.text); m; m = GROUP_REFUSAL.exec(ctx.text)) {
      last = m.index;
      GROUP_REFUSAL.lastIndex = m.index + 1; // overlapping: the last start of any match
    }
    lastGroupRefusal.set(ctx, last);
  }
  return last >= sentence[0];
}
const lastGroupRefusal = new WeakMap<LintContext, number>();
const GROUP_REFUSAL = /(?:班级群|本群|班群|群里|群内|这个群)(?:一律|坚决|从来|向来)?(?:不|不会|不再|不能)(?:转|发|转发|发布|接受)(?:这类|此类|任何|这种|这些|这样的)|(?:班级群|本群|班群|群里|这个群)只(?:发|说|谈|讲)(?:学校|学习|孩子上学|班级)的?(?:事|事情|通知|内容)|(?:班上|班里|本班|我们班|咱们班|全班|学校|本校)(?:共同|已经|早就)?(?:约定|规定|明确)(?:了|好了)?[^，。！？\n]{0,4}(?:不|不得|不许|不准|禁止|一律不)/g;

/**
 * 结对捐书是每个孩子都要带吗？不知道还能不能捐: asking whether something is required, wondering whether one
 * may, or asking leave for oneself (我们能不能…补签？) asks nothing of anyone (能…吗 would).
 */
function askedWhetherRequired(ctx: LintContext, [start, end]: Span): boolean {
  const sentence = ctx.text.slice(start, end);
  return DUTY_QUESTION.test(sentence) || WONDERING.test(sentence) || ASKS_LEAVE.test(sentence);
}
const DUTY_QUESTION = /(?:是不是|是|需要|都要|也要|必须)[^，。！？\n能]{0,12}吗\s*[？?]/;
const WONDERING = /不知道[^，。！？\n]{0,8}(?:能不能|可不可以|行不行|是否|要不要)/;
// 我们能不能每天视频看着他写完，回去再补签？: the writer asking leave for what they will do themselves.
const ASKS_LEAVE = /(?:我|我们|我家)(?:能不能|可不可以|可以|能)[^。！？\n]{0,30}[？?]/;

/** 我这当妈的手笨: a contempt word the speaker says of themself, with nobody else named before it. */
function selfDeprecating(ctx: LintContext, m: Match): boolean {
  const word = classWithin(ctx, 'contempt', [m.start, m.end]);
  if (!word) return false;
  const [clauseStart, clauseEnd] = spanAt(ctx.clauses, word[0]);
  return SELF_SUBJECT.test(ctx.text.slice(clauseStart, word[0])) && !OTHERS.test(ctx.text.slice(word[1], clauseEnd));
}
/** 宁可慢一点、笨一点: a contempt word chosen as the safer way to do something is advice, not scorn. */
function chosenManner(ctx: LintContext, m: Match): boolean {
  const word = classWithin(ctx, 'contempt', [m.start, m.end]);
  return word !== undefined && /宁可|宁愿|宁肯|情愿/.test(ctx.text.slice(spanAt(ctx.clauses, word[0])[0], word[0]));
}

// 我 (not 我们, 我家) as the subject, with no verb of opinion (我看当家长的…) or other person before the word,
// and nobody after it (我真是服了你们).
const SELF_SUBJECT = /^\s*我(?![们家])[^你您他她看觉认想说，。！？]{0,8}$/;
const OTHERS = /你|您|他|她|孩子|家长|学生|同学/;

// A question whether it is so (…的吗？是不是自愿的？), not a proposal (要不要联名找校长？).
const ASKS_WHETHER = /(?:吗|么|是不是|是否|有没有|对不对|够不够|算不算|会不会|真的假的)[^，。！？\n]{0,4}[？?]|(?:过|了)没有\s*[？?]/;
// A question whether hearsay is true (有这回事吗？听说过没有？), or what to do about it (是不是该去医院？能给个建议吗？).
const ASKS_IF_TRUE = /(?:真的|这回事|这事|属实|听说过|是不是真)[^，。！？\n]{0,6}[？?]|(?:是不是该|该不该|需不需要|用不用)[^，。！？\n]{0,10}[？?]|建议吗\s*[？?]/;

/**
 * 孩子说学校要捐款，这是学校统一组织的吗？: someone's words passed on and then asked about; the writer
 * is asking, not doing it. The question is in the same sentence or the next.
 */
function askedAbout(ctx: LintContext, m: Match, sentence: Span): boolean {
  // The words passed on come before the match, or the match is in them (好几个家长问我…: a cue of the scorer).
  const reported = ctx.classes.has('reported-speech') ? classSpans(ctx, 'reported-speech').find(([s]) => s >= sentence[0] && s < m.end) : undefined;
  if (!reported && !occursIn(ctx, 'hearsay', [sentence[0], m.start])) return false;
  const end = nextSentenceEnd(ctx, sentence);
  // Hearsay needs a question about its truth (听说过没有？有这回事吗？): a rhetorical 自己不会往上翻吗？ asks nothing.
  return (reported ? ASKS_WHETHER : ASKS_IF_TRUE).test(ctx.text.slice(reported ? Math.max(m.end, reported[1]) : m.start, end));
}

/**
 * 理性选择培训机构，不盲目跟风报班: a combination is denied when a negation stands before a word of it
 * that comes after its first word. Words before it are mostly whom it is said to (不尊重你…你也配).
 */
function partNegated(ctx: LintContext, m: Match): boolean {
  return m.parts?.some(([start, end]) => start > m.start && negated(ctx, { start, end })) ?? false;
}

/**
 * 别在这里丢人现眼, 你们别这么自私 (the match holds a contempt word): telling someone to stop being what
 * the word says calls them that. 别说孩子笨, 不要把孩子当笨蛋 prohibit the words themselves, and 你不笨 denies them.
 */
function stopBeingContempt(ctx: LintContext, negator: Token, m: Match): boolean {
  // 别让那几个笨孩子上: a label (笨孩子) is the speaker's own word whatever act is forbidden; only saying it is.
  const about = LABEL.test(ctx.text.slice(m.start, m.end)) ? SAYING : SPEECH_ABOUT;
  return IMPERATIVE_NEGATORS.has(negator.word) && !about.test(ctx.text.slice(negator.end, m.start));
}
const LABEL = /(?:孩子|学生|娃|家长)$/;
const SAYING = /说|骂|叫|讲|嫌|称|当/;

const IMPERATIVE_NEGATORS = new Set(['别', '不要', '甭', '少']);
const SPEECH_ABOUT = /说|骂|叫|讲|嫌|觉得|认为|以为|怪|当成|当作|看成|看作|把|让|使|被/;

/**
 * 我不要脸吗？我们是没素质吗？: the speaker asking whether they are what a word says rejects it. A
 * rhetorical question about oneself is a complaint, not the act.
 */
function rhetoricalAboutSelf(ctx: LintContext, m: Match, sentence: Span): boolean {
  const [clauseStart, clauseEnd] = spanAt(ctx.clauses, m.start);
  return /^\s*(?:我|我们|我家)(?:就|都|是|真|真的|难道|还)?\s*$/.test(ctx.text.slice(clauseStart, m.start))
    && /^[^，。！？]{0,3}(?:吗|么|嘛)?\s*[？?]/.test(ctx.text.slice(m.end, Math.max(clauseEnd, sentence[1]) + 1));
}

// ---- Frames: decided once for every rule, from the word classes of dictionaries/classes.yaml ----------

const TEXT_DETECTORS = new Set(['lexicon', 'pattern', 'combination', 'scorer']);

/** Where a word of the class stands in the span, if one does (a class the ruleset lacks is never there). */
function classWithin(ctx: LintContext, name: string, span: Span): Span | undefined {
  return ctx.classes.has(name) ? classIn(ctx, name, span) : undefined;
}

function occursIn(ctx: LintContext, name: string, span: Span): boolean {
  return classWithin(ctx, name, span) !== undefined;
}

/** 红包就免了, 点赞就不必了: the negation after the words, in the same clause. */
function negatedAfter(ctx: LintContext, m: Match): boolean {
  const [, clauseEnd] = spanAt(ctx.clauses, m.start);
  return occursIn(ctx, 'negation-after', [m.end, clauseEnd]);
}

/**
 * 拒绝有偿补课致家长的一封信: a title that rejects a topic makes the whole letter about rejecting it,
 * so the topic's every mention below is compliance too.
 */
function negatedInTitle(ctx: LintContext, m: Match): boolean {
  const firstBreak = ctx.text.indexOf('\n', ctx.bodyStart);
  if (firstBreak < 0 || firstBreak - ctx.bodyStart > 40 || m.start < firstBreak) return false;
  const title = ctx.text.slice(ctx.bodyStart, firstBreak);
  const at = title.indexOf(ctx.text.slice(m.start, m.end));
  return at > 0 && TITLE_REJECTION.test(title.slice(0, at));
}

const TITLE_REJECTION = /拒绝|抵制|杜绝|禁止|严禁|反对|远离|谨防|警惕|不参加|不组织|不得/;

/** 家长们纷纷在朋友圈转发了捐款链接: a report of what happened, with nothing asked of anyone. */
function pastReport(ctx: LintContext, sentence: Span): boolean {
  return occursIn(ctx, 'past-report', sentence) && !asks(ctx, sentence);
}

/** Something in the sentence asks the reader to act; 请不要, 请勿 forbid instead (也请不要把这类链接发进来). */
function asks(ctx: LintContext, [start, end]: Span): boolean {
  return ctx.classes.has('request-marker') && classSpans(ctx, 'request-marker').some(([s, e]) => s >= start && e <= end && !FORBIDDING.test(ctx.text.slice(e, e + 2)));
}
const FORBIDDING = /^(?:不要|勿|别|不得|不必|不用)/;

/** 接龙式回复收到容易把消息顶掉: the practice is the topic of a judgement, later in its clause; nobody is asked. */
function judgedPractice(ctx: LintContext, m: Match): boolean {
  const [, clauseEnd] = spanAt(ctx.clauses, m.start);
  return occursIn(ctx, 'judged-practice', [m.end, clauseEnd]);
}

/** 感谢烨霖妈妈为教室捐赠的绿植: the act is what someone is thanked for, done already. */
function thankedFor(ctx: LintContext, m: Match): boolean {
  const [clauseStart] = spanAt(ctx.clauses, m.start);
  return /^\s*(?:感谢|谢谢|感恩|多谢)/.test(ctx.text.slice(clauseStart, m.start)) && /^[^，。！？]{0,4}的/.test(ctx.text.slice(m.end, m.end + 6));
}

/** 经调查核实，该班家委会确实存在收费情况: what an inquiry found is reported, unless the sentence asks something of the reader. */
function reportedFinding(ctx: LintContext, sentence: Span): boolean {
  return occursIn(ctx, 'inquiry-finding', sentence) && !asks(ctx, sentence);
}

/** 谨防有人冒充老师推销辅导班: a warning about someone else's act is not the act. */
function inWarning(ctx: LintContext, m: Match, sentence: Span): boolean {
  // 【防诈骗紧急提醒】看到的家长请马上转发到五个群: a request to forward, in the match's clause, is the act itself.
  return occursIn(ctx, 'warning-frame', sentence) && !occursIn(ctx, 'forward-request', spanAt(ctx.clauses, m.start));
}

/** 如需发送语音，请私下联系: what is needed now and then is sent to a private channel, not asked of everyone. */
function redirectedToPrivate(ctx: LintContext, m: Match, sentence: Span): boolean {
  const [clauseStart] = spanAt(ctx.clauses, m.start);
  return occursIn(ctx, 'question-condition', [clauseStart, m.start]) && occursIn(ctx, 'private-channel', [m.end, sentence[1]]);
}

/** 不要说“老师辛苦了”之类的话: words in quotation marks in a sentence about wording are mentioned, not used. */
function quotedMention(ctx: LintContext, m: Match, sentence: Span): boolean {
  const open = lastBefore(marksIn(ctx, '“「『"'), m.start);
  if (open < sentence[0]) return false;
  const close = firstFrom(marksIn(ctx, '”」』"'), open + 1);
  if (close >= 0 && close < m.start) return false; // the quotation closed before the match
  // 教孩子说“恭喜发财，红包拿来”, 有同学骂他“蠢”: words quoted after a verb of saying are someone's words, reported;
  // 那种“转发十个群就能考满分”的消息: a quotation that names a kind of message is mentioned, not said.
  return SAID_BEFORE_QUOTE.test(ctx.text.slice(sentence[0], open)) || (close >= 0 && KIND_AFTER_QUOTE.test(ctx.text.slice(close + 1, close + 5))) || occursIn(ctx, 'meta-speech', sentence);
}

const KIND_AFTER_QUOTE = /^\s*(?:之类|这类|一类|的[^，。！？\n]{0,3}(?:消息|说法|话|帖子|链接|文章|谣言|段子|信息|截图|图片|通知))/;

const SAID_BEFORE_QUOTE = /(?:说|讲|喊|念|教|问|道|叫着|嚷|骂|笑|叫|收到|写着)(?:他|她|我|你|人|孩子|我们|他们|孩子们|同学们|大家|你们|家长们)?\s*[：:，,]?\s*$/;

/** 小店镇中心小学: a word that begins a place name (…镇, …乡, …村) is part of the name. */
function inPlaceName(ctx: LintContext, m: Match): boolean {
  return /^(?:镇|乡|村|县|街道)/.test(ctx.text.slice(m.end, m.end + 2));
}

/** 《笨狼的故事》: words inside the title of a book or a document name it; they say nothing of anyone. */
function inTitleOfWork(ctx: LintContext, m: Match, [start, end]: Span): boolean {
  const open = lastBefore(marksIn(ctx, '《'), m.start + 1);
  if (open < start || lastBefore(marksIn(ctx, '》'), m.start + 1) > open) return false;
  const close = firstFrom(marksIn(ctx, '》'), m.end);
  return close >= 0 && close < end;
}

// Where quotation and title marks are, found once per message: the frames look back from every match
// for the nearest one, and a long text holds many matches.
const marksOf = new WeakMap<LintContext, Map<string, number[]>>();

/** The offsets in ctx.text of any of these characters, in order. */
function marksIn(ctx: LintContext, chars: string): number[] {
  let known = marksOf.get(ctx);
  if (!known) marksOf.set(ctx, (known = new Map()));
  let offsets = known.get(chars);
  if (!offsets) {
    offsets = [];
    for (let i = 0; i < ctx.text.length; i++) if (chars.includes(ctx.text[i])) offsets.push(i);
    known.set(chars, offsets);
  }
  return offsets;
}

/** The last of the ordered offsets below `offset`, or -1. */
function lastBefore(offsets: number[], offset: number): number {
  const i = firstIndexFrom(offsets, offset);
  return i > 0 ? offsets[i - 1] : -1;
}

/** The first of the ordered offsets at or after `offset`, or -1. */
function firstFrom(offsets: number[], offset: number): number {
  const i = firstIndexFrom(offsets, offset);
  return i < offsets.length ? offsets[i] : -1;
}

function firstIndexFrom(offsets: number[], offset: number): number {
  return lowerBound(offsets.length, (i) => offsets[i] < offset);
}

/** 不 and prohibitions, and jieba's merged 不X words (不发, 不在) other than those that do not negate. */
function isNegator({ word, tag }: Token): boolean {
  if (NEGATORS.has(word)) return true;
  if (word.length === 2 && word[0] === '不') return !NOT_NEGATING.has(word);
  // 群里就别发|语音, 别转|任何投票链接: jieba glues 别 to the verb after it, as a verb or a word of its own
  // making (x). 别人, 别针, 别扭 are other words; 别忘了 and 别怪我 ask for the act, they do not forbid it.
  // 请别|组织凑钱, 都别|转: glued to the word before it, in a pair jieba made up (特别, 区别 are words of
  // their own; 就别想了 is a threat, not a ban).
  if (tag === 'x' && /^[请可也都]别$/.test(word)) return true;
  return word[0] === '别' && (tag === 'x' || tag === 'v') && !/^别[忘怪]/.test(word);
}

// Whether a clause is a bare list going on from the clause before (LIST_GOING_ON), asked once per clause.
const listClauses = new WeakMap<LintContext, Map<number, boolean>>();

function listGoingOn(ctx: LintContext, clauseStart: number, clauseEnd: number): boolean {
  let known = listClauses.get(ctx);
  if (!known) listClauses.set(ctx, (known = new Map()));
  let answer = known.get(clauseStart);
  if (answer === undefined) known.set(clauseStart, (answer = LIST_GOING_ON.test(ctx.text.slice(clauseStart, clauseEnd))));
  return answer;
}

// The tokens that negate (not 不知道-style cognition) and where they start, found once per message.
const negatorsOf = new WeakMap<LintContext, { at: number[]; token: Token[] }>();

function negatorTokens(ctx: LintContext): { at: number[]; token: Token[] } {
  let negators = negatorsOf.get(ctx);
  if (!negators) {
    negators = { at: [], token: [] };
    for (let i = 0; i < ctx.tokens.length; i++) {
      const t = ctx.tokens[i];
      // 能/不能不/在群里拉票, 能/不能不要: jieba glues the negation to the question before it.
      const questionThenNot = /^不(.)[不别]/u.test(t.word) && ctx.text[t.start - 1] === t.word[1];
      if (!questionThenNot && (!isNegator(t) || COGNITION.has(ctx.tokens[i + 1]?.word) || choiceQuestion(ctx.text, t))) continue;
      negators.at.push(t.start);
      negators.token.push(t);
    }
    negatorsOf.set(ctx, negators);
  }
  return negators;
}

/**
 * 能不能上点心, 能不能帮忙投票, 丢不丢人: X不X asks, often as a demand or a reproach, and negates nothing.
 * 要不要报班, 需不需要 ask whether the act is needed at all, so they still keep it from being a request.
 */
function choiceQuestion(text: string, t: Token): boolean {
  const i = t.word.indexOf('不');
  const at = t.start + i;
  return i >= 0 && at > 0 && text[at - 1] === text[at + 1] && /\p{Script=Han}/u.test(text[at - 1]) && !/[要需用该必]/.test(text[at - 1]);
}

/**
 * A denial right before the words, within the clause from `from`. 不是捐赠, 我们不是要拉票: 不是 (并不是, 而不是),
 * maybe a word of intent after it (要, 想, 为了, 在), then only spaces up to the words. 没有优惠: 没有 right before
 * a thing says there is none (还没有交的 and 没有家长签名的 name who lacks it; 有没有家长签字 asks).
 */
function deniedBefore(ctx: LintContext, from: number, m: Match): boolean {
  const { text } = ctx;
  if (text.endsWith('没有', m.start) && text[m.start - 3] !== '有' && text[m.end] !== '的' && NOUN_TAG.test(tokenAt(ctx, m.start)?.tag ?? '')) return true;
  let end = m.start;
  while (end > from && /\s/.test(text[end - 1])) end--;
  const intent = INTENT_BEFORE.exec(text.slice(Math.max(from, end - 3), end));
  if (intent) end -= intent[0].length;
  // 是不是脑子有问题: the 不是 of a 是不是 question denies nothing.
  return end - 2 >= from && text.startsWith('不是', end - 2) && text[end - 3] !== '是';
}
const INTENT_BEFORE = /(?:要|想|想要|为了|在)$/;
const NOUN_TAG = /^(?:n|nz|vn|an|ng)$/;

// Where the allow-listed words occur, found once per message (not once per match).
const allowedSpans = new WeakMap<LintContext, Array<[number, number]>>();

function allowListed(ctx: LintContext, m: Match): boolean {
  let spans = allowedSpans.get(ctx);
  if (!spans) {
    spans = [];
    for (const word of ctx.config.allow.words) {
      if (!word) continue;
      for (let i = ctx.text.indexOf(word); i >= 0; i = ctx.text.indexOf(word, i + 1)) spans.push([i, i + word.length]);
    }
    allowedSpans.set(ctx, spans);
  }
  return spans.some(([s, e]) => s < m.end && e > m.start);
}

function fill(template: string, vars: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => vars[key] ?? whole);
}

function toFinding(ctx: LintContext, rule: Rule, m: Match, severity: Severity, lang: Lang, text: string, starts: number[]): Finding {
  let { start: s, end: e } = m;
  // Placeholder aliases are in order and apart: only those from the one around the match's start on are looked at.
  if (!m.inOriginal) {
    const aliases = ctx.aliases;
    let i = lowerBound(aliases.length, (k) => aliases[k][0] < s);
    if (i > 0 && aliases[i - 1][1] > s) i--;
    for (; i < aliases.length && aliases[i][0] < e; i++) [s, e] = [Math.min(s, aliases[i][0]), Math.max(e, aliases[i][1])];
  }
  const range: [number, number] = m.inOriginal ? [s, e] : originalRange(ctx.norm, s, e);
  const start = positionAt(text, starts, range[0]);
  const end = positionAt(text, starts, range[1]);
  const en = lang === 'en';
  const vars: Record<string, string> = { ...m.vars, clause: CLAUSE_LABELS[rule.clause][lang] };
  if (m.vars?.term !== undefined && (s !== m.start || e !== m.end)) vars.term = ctx.norm.text.slice(s, e);
  // The dictionary's example dates are made current before the placeholders are filled: a filled-in
  // date (N1's next allowed moment) is real and stays as it is.
  const moment = ctx.at ?? ctx.now;
  const dated = (template: string) => (moment ? currentExampleDates(template, moment, ctx.config.time.timeZone, vars.term) : template);
  const message = m.message ?? fill(dated(en ? rule.message_en ?? rule.message : rule.message), en ? { ...vars, missing: vars.missing_en ?? vars.missing } : vars);
  const desc = m.advice ?? fill(dated(en ? rule.suggestion_en ?? rule.suggestion : rule.suggestion), vars);
  const suggestionText = m.suggestion ?? m.fix;
  const finding: Finding = {
    ruleId: rule.id,
    clause: rule.clause,
    severity,
    message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    suggestions: [suggestionText !== undefined ? { desc, text: suggestionText } : { desc }],
    range,
  };
  if (m.fix !== undefined) finding.fix = { range, text: m.fix };
  return finding;
}
