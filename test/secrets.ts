// Secret numbers in every spelling a message may use, and a check that a text does not hold one
// in full: shared by the redaction, secrets and fuzz tests.
import { digitsOf } from '../src/core/redact';

/** One mobile number (13800138000) in the spellings a message may use. */
export const MOBILE_SPELLINGS = [
  '13800138000',
  '138 0013 8000',
  '138-0013-8000',
  '１３８００１３８０００',
  '１３８ ００１３ ８０００',
  '一三八零零一三八零零零',
  '幺三八〇〇幺三八〇〇〇',
  '138零零一三8000',
  '+86 138 0013 8000',
  '138.0013.8000',
  '138🌟0013🌟8000',
];

/** Other secrets: a valid ID, an ID that fails its check digit (spaced), a bank card. */
export const OTHER_SECRETS = ['110105201503040025', '110105 20150304 0026', '6217 0021 3000 1234 563', '１１０１０５２０１５０３０４００２５'];

/**
 * Whether text holds the digits of secret in full, in any spelling and with any separators
 * between them (ANSI colour codes and JSON/XML punctuation between digits do not hide it).
 */
export function holdsInFull(text: string, secret: string): boolean {
  const wanted = digitsOf(secret);
  const plain = text.replace(/\u001b\[[0-9;]*m/g, '');
  // Each stretch of digits and separators, read as digits.
  for (const m of plain.matchAll(/[0-9０-９〇零幺一二两三四五六七八九Xx](?:[^\n*]{0,4}?[0-9０-９〇零幺一二两三四五六七八九Xx])*/gu)) {
    if (digitsOf(m[0]).includes(wanted)) return true;
  }
  return false;
}
