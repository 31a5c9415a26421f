// What lint() is told: the resolved configuration (defaults merged with the user's file) and the
// facts of this one message. Built by src/config; the core only reads it.
import { DEFAULT_TIME, TimeConfig } from '../time/types';
import { ClauseId, Lang, MessageKind, SeveritySetting } from './types';

export interface AllowLists {
  /** Words that are never reported (e.g. the school's own programme called 爱心早餐). */
  words: string[];
  /** Phone numbers that may appear (the school office, the sender's own). Digits only are compared. */
  phones: string[];
  /** Link hosts that are allowed besides *.gov.cn and *.edu.cn (suffix match: xnyz.cn allows www.xnyz.cn). */
  hosts: string[];
  /** Approval references (文号 or names) that make a fundraising or fee notice compliant. */
  approvals: string[];
}

export interface EmojiLimits {
  /** The longest allowed run of the same emoji or WeChat code (3 in a row is overuse). */
  maxRun: number;
  /** The most emoji allowed in a short message. */
  maxTotal: number;
  /** A message longer than this many characters is not "short": the total limit scales with it. */
  shortLength: number;
  /** The most emoji any message may carry, however long: a notice decorated throughout is overuse too. */
  maxInMessage: number;
}

export interface ResolvedConfig {
  /** Per rule id or clause id: off / warn / error. A rule id wins over its clause. */
  rules: Record<string, SeveritySetting>;
  /** Extra dictionary files (paths), loaded by the CLI. */
  dictionaries: string[];
  /** Extra words per clause, reported by that clause's custom-words rule. */
  words: Partial<Record<ClauseId, string[]>>;
  allow: AllowLists;
  emoji: EmojiLimits;
  time: TimeConfig;
  lang: Lang;
}

export const DEFAULT_CONFIG: ResolvedConfig = {
  rules: {},
  dictionaries: [],
  words: {},
  allow: { words: [], phones: [], hosts: [], approvals: [] },
  emoji: { maxRun: 2, maxTotal: 3, shortLength: 60, maxInMessage: 5 },
  time: DEFAULT_TIME,
  lang: 'zh',
};

export interface LintOptions {
  config?: ResolvedConfig;
  /** What the text is; guessed when absent. */
  kind?: MessageKind;
  /** Planned send time; without it N1 is not checked. */
  at?: Date;
  /** The current moment: example dates in suggestions count from `at`, else from it. */
  now?: Date;
  /** `--urgent`: a safety notice; N1 is still reported, as a warning. */
  urgent?: boolean;
  lang?: Lang;
  /** Offsets before this are front matter and not linted. */
  bodyStart?: number;
}
