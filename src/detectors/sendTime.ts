// Time detector (N1): a message with a send time outside the working windows. The calendar logic is
// in src/time; this turns its verdict into a match on the first line of the message.
import type { LintContext, Match } from '../core/context';
import type * as SendTime from '../time/sendTime';

export function sendTime(ctx: LintContext): Match[] {
  if (!ctx.at || !ctx.text.slice(ctx.bodyStart).trim()) return []; // nothing to send, nothing to time
  const en = ctx.lang === 'en';
  // The calendar (holiday data, time zones) loads only for a message with a send time.
  const { checkSendTime } = require('../time/sendTime') as typeof SendTime;
  const verdict = checkSendTime(ctx.at, ctx.config.time, en ? 'en' : 'zh');
  if (verdict.allowed && !verdict.coverageNote) return [];
  const firstLine = ctx.text.slice(ctx.bodyStart).search(/\S/);
  const start = ctx.bodyStart + Math.max(0, firstLine);
  const lineEnd = ctx.text.indexOf('\n', start);
  const end = lineEnd < 0 ? ctx.text.length : lineEnd;
  const vars = {
    // Which calendar decided (法定节假日 / 调休 / 学校校历 / 常规作息), inside the same brackets.
    reason: `${verdict.reason ?? verdict.dayLabel}${en ? '; decided by: ' : '；依据：'}${verdict.decidedBy}`,
    next: verdict.nextText ?? '',
    note: verdict.coverageNote ? (en ? ` (${verdict.coverageNote})` : `（${verdict.coverageNote}）`) : '',
    urgent: ctx.urgent ? (en ? ' Sent as urgent, so reported as a warning.' : '已标记为紧急通知，仅作警告。') : '',
  };
  if (verdict.allowed) {
    // Allowed by weekends alone: say plainly that the holiday calendar for that year is missing.
    return [{
      start,
      end: Math.max(start + 1, end),
      severity: 1,
      vars,
      message: verdict.coverageNote!,
      advice: en ? 'Check that year\'s official holiday schedule; once published, add it with `jiaxiao-lint holidays import <notice.txt>`' : '请核对该年的法定节假日安排；国务院公布后可运行 jiaxiao-lint holidays import <通知.txt> 补充',
    }];
  }
  return [{ start, end: Math.max(start + 1, end), vars, severity: ctx.urgent ? 1 : undefined }];
}
