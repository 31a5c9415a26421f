// The code-backed checks that dictionary rules name with `check:`. Lexicon and pattern rules need
// no code of their own: their data is the rule.
import type { LintContext, Match } from '../core/context';
import type { Rule } from '../core/rules';
import { sendTime } from './sendTime';
import { emojiOveruse, emptyGreeting, eventTimePlace, halfWidthPunctuation, noticeDate, noticeSalutation, noticeSignature, repeatedSentence } from './structure';
import { bankCard, idCard, link, mobile } from './validators';

export type Detector = (ctx: LintContext, rule: Rule) => Match[];

export const CHECKS: Record<string, Detector> = {
  // validator
  mobile,
  'id-card': idCard,
  'bank-card': bankCard,
  link,
  // structure
  'notice-salutation': noticeSalutation,
  'notice-signature': noticeSignature,
  'notice-date': noticeDate,
  'event-time-place': eventTimePlace,
  'half-width-punctuation': halfWidthPunctuation,
  'repeated-sentence': repeatedSentence,
  'empty-greeting': emptyGreeting,
  'emoji-overuse': emojiOveruse,
  // Judged across a batch (src/core/batch.ts): one message alone has no duplicate.
  'duplicate-message': () => [],
  // time
  'send-time': sendTime,
};
