// The State Council notice parser: the published 2026, 2017 and 2025 notices (test/time/fixtures,
// sources in SOURCES.md) read into exactly what the chinese-days package ships for those years.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, statutoryYear } from '../../src/time/calendar';
import { parseNotice, toExtraYear } from '../../src/time/notice';
import { DEFAULT_TIME, type ExtraYear } from '../../src/time/types';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

/** Every day of the year → "holiday 春节" / "workday 国庆节" / absent, from holidays and workdays by name. */
function dayByDay(year: number, data: { holidays: Record<string, string[]>; workdays: Record<string, string[]> | string[] }): Record<string, string> {
  const out: Record<string, string> = {};
  const workdays = Array.isArray(data.workdays) ? { '': data.workdays } : data.workdays;
  for (const [name, days] of Object.entries(data.holidays)) for (const d of days) out[d] = `holiday ${name}`;
  for (const [name, days] of Object.entries(workdays)) for (const d of days) out[d] = `workday ${name}`;
  // Keep only the year's days, walking the calendar so that the comparison is day by day.
  const days: Record<string, string> = {};
  for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) if (out[d]) days[d] = out[d];
  return days;
}

function parsed(text: string): { year?: number; extra: ExtraYear } {
  const notice = parseNotice(text);
  expect(notice.problems).toEqual([]);
  return { year: notice.year, extra: toExtraYear(notice.items) };
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe.each([
  ['notice-2026.txt', 2026, 33, 6],
  ['notice-2017.txt', 2017, 24, 5],
  ['notice-2025.txt', 2025, 28, 5],
])('%s', (file, year, restDays, workdays) => {
  const text = fixture(file);

  test(`equals chinese-days' own ${year} table, day by day and by name`, () => {
    const { year: y, extra } = parsed(text);
    expect(y).toBe(year);
    const shipped = statutoryYear(year, DEFAULT_TIME)!;
    expect(shipped.source.kind).toBe('package');
    const ours = dayByDay(year, extra);
    expect(ours).toEqual(dayByDay(year, shipped));
    expect(Object.values(ours).filter((v) => v.startsWith('holiday'))).toHaveLength(restDays);
    expect(Object.values(ours).filter((v) => v.startsWith('workday'))).toHaveLength(workdays);
  });

  test('half-width punctuation, 星期 for 周 and no indentation read the same', () => {
    const halfWidth = text.normalize('NFKC').replace(/（周/g, '(星期').replace(/^[\s　]+/gm, '');
    expect(halfWidth).not.toBe(text);
    expect(parsed(halfWidth)).toEqual(parsed(text));
  });
});

test('2017: 补休 is a rest day and a range runs across months', () => {
  const { extra } = parsed(fixture('notice-2017.txt'));
  expect(extra.holidays['元旦']).toEqual(['2017-01-01', '2017-01-02']);
  expect(extra.holidays['春节']).toEqual(['2017-01-27', '2017-01-28', '2017-01-29', '2017-01-30', '2017-01-31', '2017-02-01', '2017-02-02']);
  expect(extra.holidays['劳动节']).toEqual(['2017-05-01']); // 与周末连休: the weekend stays a weekend
  expect(extra.holidays['中秋']).toEqual(['2017-10-04']); // lunar 8/15 inside the combined item
  expect(extra.workdays).toMatchObject({ 国庆节: ['2017-09-30'] });
});

test('2025: 放假1天，不调休 and a holiday running from May into June', () => {
  const { extra } = parsed(fixture('notice-2025.txt'));
  expect(extra.holidays['元旦']).toEqual(['2025-01-01']);
  expect(extra.holidays['端午']).toEqual(['2025-05-31', '2025-06-01', '2025-06-02']);
  expect((extra.workdays as Record<string, string[]>)['元旦']).toBeUndefined();
});

test('an explicit year (2012 notice: 元旦 make-up work on 31 December 2011)', () => {
  const text = '国务院办公厅关于2012年部分节假日安排的通知\n一、元旦：2012年1月1日至3日放假调休，共3天。2011年12月31日（星期六）上班。\n';
  expect(parsed(text).extra).toEqual({ holidays: { 元旦: ['2012-01-01', '2012-01-02', '2012-01-03'] }, workdays: { 元旦: ['2011-12-31'] } });
  const range = parsed('现将2012年元旦放假安排通知如下。\n一、元旦：2011年12月30日至31日放假，共2天。\n');
  expect(range.extra.holidays['元旦']).toEqual(['2011-12-30', '2011-12-31']);
});

test('items pasted onto one line, in traditional characters, are read too', () => {
  const text = fixture('notice-2026.txt');
  const oneLine = text.replace(/\n+\s*(?=[二三四五六七]、)/g, '');
  expect(parsed(oneLine)).toEqual(parsed(text));
  const traditional = text.replace(/节/g, '節').replace(/国/g, '國').replace(/调/g, '調').replace(/劳动/g, '勞動').replace(/农历/g, '農曆').replace(/腊/g, '臘');
  expect(parsed(traditional)).toEqual(parsed(text));
});

describe('refused, naming the line', () => {
  const text = fixture('notice-2026.txt');

  test('a wrong weekday', () => {
    const bad = text.replace('1月1日（周四）', '1月1日（周五）');
    const { problems } = parseNotice(bad);
    expect(problems).toEqual([{ line: lineOf(bad, '一、元旦'), zh: '元旦：1月1日是星期四，不是星期五', en: "元旦: 1 Jan is a Thursday, not a Friday" }]);
  });

  test('a 调休 workday on a Wednesday (its weekday written correctly)', () => {
    const bad = text.replace('10月10日（周六）上班', '10月14日（周三）上班');
    const { problems } = parseNotice(bad);
    expect(problems).toHaveLength(1);
    expect(problems[0].line).toBe(lineOf(bad, '七、国庆节'));
    expect(problems[0].zh).toBe('国庆节：调休上班日10月14日是星期三，不在周末');
  });

  test('“共N天” that does not match the dates', () => {
    const bad = text.replace('放假调休，共9天', '放假调休，共8天');
    expect(parseNotice(bad).problems).toEqual([expect.objectContaining({ line: lineOf(bad, '二、春节'), zh: '春节：写的是共 8 天，日期却有 9 天' })]);
  });

  test('words it cannot read, a date that does not exist, a numbered item it cannot read', () => {
    const bad = text
      .replace('放假，共3天。\n\n　　四', '放个假，共3天。\n\n　　四')
      .replace('6月19日（周五）', '6月31日（周五）')
      .replace('六、中秋节：', '六、重阳节：');
    const problems = parseNotice(bad).problems;
    expect(problems.map((p) => p.line)).toEqual([lineOf(bad, '现将2026年'), lineOf(bad, '三、清明节'), lineOf(bad, '五、端午节'), lineOf(bad, '六、重阳节')]);
    expect(problems[0].zh).toBe('开头列出的中秋没有读到安排（其所在行的格式无法识别）');
    expect(problems[1].zh).toContain('无法识别“4月4日(周六)至6日(周一)放个假”');
    expect(problems[2].zh).toContain('“6月31日”不是有效日期');
    expect(problems[3].zh).toContain('无法识别的节日安排');
  });

  test('a holiday named in the opening sentence whose line is in a form it skips', () => {
    const bad = text.replace('五、端午节：6月19日', '端午节 6月19日');
    expect(parseNotice(bad).problems).toEqual([expect.objectContaining({ line: lineOf(bad, '现将2026年'), zh: '开头列出的端午没有读到安排（其所在行的格式无法识别）' })]);
  });

  test('a text without the year, or without any item', () => {
    expect(parseNotice('一、元旦：1月1日放假。').problems).toEqual([expect.objectContaining({ line: 0 })]);
    expect(parseNotice('国务院办公厅关于2027年部分节假日安排的通知\n').problems).toEqual([expect.objectContaining({ line: 0, zh: expect.stringContaining('没有找到任何节日安排') })]);
  });
});
