// Validator detectors: numbers and links that a regex finds and a check confirms. Each match carries
// the masked form of what it found, so no report ever repeats the secret (invariant of ARCHITECTURE.md).
// The masked form is a suggestion, never a fix: --fix must not destroy the teacher's own number.
import { execAll } from '../core/text';
import type { LintContext, Match } from '../core/context';
import type { Rule } from '../core/rules';
import { maskNumber } from '../core/redact';

// What evaders put between digits: spaces, dashes, dots, emoji.
const GAP = String.raw`(?:[\s\-–—.·_*]|\p{Extended_Pictographic}|\ufe0f|\u200d){0,3}`;
const MOBILE = new RegExp(String.raw`(?<![\d\w])(?:(?:\+|00)86${GAP})?1${GAP}[3-9](?:${GAP}\d){9}(?!\d)`, 'gu');
// A letter may stand before it: the national student number is G or L + the ID number.
const ID_CARD = /(?<!\d)[1-8]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])/g;
const CARD = /(?<![\d])\d(?:[ -]?\d){15,18}(?![\d])/g;
const CARD_CONTEXT = /银行卡|卡号|账号|账户|转账|汇款|开户|户名|转到/;
const URL = /https?:\/\/[^\s，。、；！？（）()<>"'“”【】]+/gi;
const BARE_DOMAIN = /(?<![@\w.\/-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|cn|net|org|top|xyz|cc|io|me|vip|shop|info|co|tv|app|site|online|link|club|wang)(?![a-z0-9-])(?::\d+)?(?:\/[^\s，。、；！？（）()<>"'“”]*)?/gi;
const OFFICIAL_HOST = /(?:^|\.)(?:gov|edu)\.cn$/i;

const digitsOf = (s: string) => s.replace(/\D/g, '');
// A template placeholder is judged by what it will hold: {{家长手机号}}, 【身份证号】, ${phone}.
const PLACEHOLDER = /\{\{[^{}\n]{1,20}\}\}|\$\{[^{}\n]{1,20}\}|【[^【】\n]{1,12}】/g;
const MOBILE_NAME = /手机|电话|联系方式|phone|mobile|tel/i;
const ID_NAME = /身份证|证件号|id_?card|id_?no/i;

function placeholders(ctx: LintContext, name: RegExp): Match[] {
  return execAll(PLACEHOLDER, ctx.text).filter((m) => name.test(m[0])).map((m) => ({ start: m.index!, end: m.index! + m[0].length, vars: { masked: m[0] } }));
}

export function mobile(ctx: LintContext): Match[] {
  const allowed = new Set(ctx.config.allow.phones.map((p) => digitsOf(p).slice(-11)));
  const matches: Match[] = [];
  for (const m of execAll(MOBILE, ctx.text)) {
    const digits = digitsOf(m[0]).slice(-11);
    if (allowed.has(digits)) continue;
    const masked = maskNumber(digits);
    matches.push({ start: m.index!, end: m.index! + m[0].length, vars: { masked }, suggestion: masked });
  }
  return [...matches, ...placeholders(ctx, MOBILE_NAME)];
}

/** GB 11643: a valid birth date and the ISO 7064 MOD 11-2 check digit. */
export function isResidentId(id: string): boolean {
  const y = +id.slice(6, 10);
  const mo = +id.slice(10, 12);
  const d = +id.slice(12, 14);
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += +id[i] * weights[i];
  return '10X98765432'[sum % 11] === id[17].toUpperCase();
}

export function idCard(ctx: LintContext): Match[] {
  const matches: Match[] = [];
  for (const m of execAll(ID_CARD, ctx.text)) {
    if (!isResidentId(m[0])) continue;
    const masked = maskNumber(m[0]);
    matches.push({ start: m.index!, end: m.index! + m[0].length, vars: { masked }, suggestion: masked });
  }
  return [...matches, ...placeholders(ctx, ID_NAME)];
}

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = +digits[digits.length - 1 - i];
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** 16–19 digits passing Luhn, with a bank context in the message or a UnionPay (62) prefix. */
export function bankCard(ctx: LintContext): Match[] {
  const context = CARD_CONTEXT.test(ctx.text);
  const matches: Match[] = [];
  for (const m of execAll(CARD, ctx.text)) {
    const digits = digitsOf(m[0]);
    if (digits.length === 18 && isResidentId(m[0].replace(/[ -]/g, ''))) continue;
    if (!luhn(digits) || !(context || digits.startsWith('62'))) continue;
    const masked = maskNumber(digits);
    matches.push({ start: m.index!, end: m.index! + m[0].length, vars: { masked }, suggestion: masked });
  }
  return matches;
}

/** Links whose host is neither official (*.gov.cn, *.edu.cn) nor on the user's allow-list. */
export function link(ctx: LintContext, rule: Rule): Match[] {
  // The school's own hosts (config) and the work tools every school uses (the rule's workHosts: surveys, shared documents, meetings).
  const allowed = [...ctx.config.allow.hosts, ...((rule.options?.workHosts as string[] | undefined) ?? [])].map((h) => h.toLowerCase().replace(/^\*?\./, ''));
  const matches: Match[] = [];
  const taken: Array<[number, number]> = [];
  for (const re of [URL, BARE_DOMAIN]) {
    for (const m of execAll(re, ctx.text)) {
      const start = m.index!;
      const end = start + m[0].replace(/[.,;:!?)]+$/, '').length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      const host = m[0].replace(/^https?:\/\//i, '').split(/[/:?#]/)[0].toLowerCase();
      if (OFFICIAL_HOST.test(host) || allowed.some((a) => host === a || host.endsWith('.' + a))) continue;
      matches.push({ start, end, vars: { host } });
    }
  }
  return matches;
}
