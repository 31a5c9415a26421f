import { applyDirectives, parseDirectives } from '../../src/directives/directives';
import type { FileKind } from '../../src/directives/directives';
import type { Finding } from '../../src/core/types';
import { findingAt } from './helpers';

/** Lints nothing: the findings are placed by hand on words of the text. */
function run(text: string, findings: Finding[], kind: FileKind = 'markdown') {
  const parsed = parseDirectives(text, kind);
  const result = applyDirectives(findings, parsed, { reportUnused: true });
  return {
    kept: result.kept.map((f) => f.message),
    unused: result.unused.map((d) => `${d.kind}@${d.line}:${d.column}`),
  };
}

describe('applyDirectives: blocks', () => {
  const text = ['排名A', '<!-- jiaxiao-lint-disable -->', '排名B', '<!-- jiaxiao-lint-enable -->', '排名C'].join('\n');
  const findings = ['排名A', '排名B', '排名C'].map((w) => findingAt(text, w, 'n2-ranking', 'N2'));

  it('suppresses every rule between disable and enable', () => {
    expect(run(text, findings)).toEqual({ kept: ['n2-ranking at 排名A', 'n2-ranking at 排名C'], unused: [] });
  });

  it('runs an unclosed disable to the end of the text', () => {
    const open = '排名A\n<!-- jiaxiao-lint-disable N2 -->\n排名B\n\n排名C';
    const fs = ['排名A', '排名B', '排名C'].map((w) => findingAt(open, w, 'n2-ranking', 'N2'));
    expect(run(open, fs).kept).toEqual(['n2-ranking at 排名A']);
  });

  it('matches a rule id list on ruleId and a clause list on clause', () => {
    const t = '<!-- jiaxiao-lint-disable n2-ranking, N4 -->\n排名 晒图 加班 私聊';
    const fs = [
      findingAt(t, '排名', 'n2-ranking', 'N2'),
      findingAt(t, '晒图', 'n2-photo-wall', 'N2'), // same clause, other rule: kept
      findingAt(t, '加班', 'n4-after-hours', 'N4'), // clause listed
      findingAt(t, '私聊', 'n5-private', 'N5'),
    ];
    expect(run(t, fs).kept).toEqual(['n2-photo-wall at 晒图', 'n5-private at 私聊']);
  });

  it('re-enables one rule inside a disable-all block', () => {
    const t = '<!-- jiaxiao-lint-disable -->\n排名\n<!-- jiaxiao-lint-enable n2-ranking -->\n排名 加班\n<!-- jiaxiao-lint-enable -->\n加班';
    const fs = [
      findingAt(t, '排名', 'n2-ranking', 'N2'),
      findingAt(t, '排名', 'n2-ranking', 'N2', t.indexOf('enable n2')),
      findingAt(t, '加班', 'n4-after-hours', 'N4'),
      findingAt(t, '加班', 'n4-after-hours', 'N4', t.lastIndexOf('-->')),
    ];
    fs[1].message = 'second ranking';
    fs[3].message = 'last overtime';
    expect(run(t, fs)).toEqual({ kept: ['second ranking', 'last overtime'], unused: [] });
  });

  it('is not a stack: nested disables end at the first enable that names the rule', () => {
    const t = [
      '<!-- jiaxiao-lint-disable N2 -->',
      '<!-- jiaxiao-lint-disable n2-ranking -->',
      '排名1',
      '<!-- jiaxiao-lint-enable n2-ranking -->',
      '排名2 晒图2',
      '<!-- jiaxiao-lint-enable N2 -->',
      '晒图3',
    ].join('\n');
    const fs = [
      findingAt(t, '排名1', 'n2-ranking', 'N2'),
      findingAt(t, '排名2', 'n2-ranking', 'N2'), // last directive naming it is enable n2-ranking
      findingAt(t, '晒图2', 'n2-photo-wall', 'N2'), // still under disable N2
      findingAt(t, '晒图3', 'n2-photo-wall', 'N2'),
    ];
    const result = run(t, fs);
    expect(result.kept).toEqual(['n2-ranking at 排名2', 'n2-photo-wall at 晒图3']);
    expect(result.unused).toEqual([]);
  });

  it('does nothing with an enable before any disable, and reports it unused', () => {
    const t = '<!-- jiaxiao-lint-enable -->\n排名\n<!-- jiaxiao-lint-enable N2 -->';
    const fs = [findingAt(t, '排名', 'n2-ranking', 'N2')];
    expect(run(t, fs)).toEqual({ kept: ['n2-ranking at 排名'], unused: ['enable@1:1', 'enable@3:1'] });
  });

  it('reports an enable that names nothing the open disable covers', () => {
    const t = '<!-- jiaxiao-lint-disable N2 -->\n排名\n<!-- jiaxiao-lint-enable N4 -->\n<!-- jiaxiao-lint-enable N2 -->';
    const fs = [findingAt(t, '排名', 'n2-ranking', 'N2')];
    expect(run(t, fs)).toEqual({ kept: [], unused: ['enable@3:1'] });
  });

  it('does not report an enable of a rule id that may belong to a disabled clause', () => {
    const t = '<!-- jiaxiao-lint-disable N2 -->\n排名\n<!-- jiaxiao-lint-enable n2-ranking -->';
    const fs = [findingAt(t, '排名', 'n2-ranking', 'N2')];
    expect(run(t, fs).unused).toEqual([]);
  });

  it('reports a second enable of the same rule inside a disable-all block', () => {
    const t = '<!-- jiaxiao-lint-disable -->\n排名\n<!-- jiaxiao-lint-enable N2 -->\n<!-- jiaxiao-lint-enable N2 -->';
    const fs = [findingAt(t, '排名', 'n2-ranking', 'N2')];
    expect(run(t, fs).unused).toEqual(['enable@4:1']);
  });
});

describe('applyDirectives: line directives', () => {
  it('disable-line suppresses findings on its line only', () => {
    const t = '排名A <!-- jiaxiao-lint-disable-line N2 -->\n排名B';
    const fs = [findingAt(t, '排名A', 'n2-ranking', 'N2'), findingAt(t, '排名B', 'n2-ranking', 'N2')];
    expect(run(t, fs)).toEqual({ kept: ['n2-ranking at 排名B'], unused: [] });
  });

  it('disable-line covers a finding that spans its line', () => {
    const t = '开头\n排名\n中间 <!-- jiaxiao-lint-disable-line -->\n结尾';
    const f = findingAt(t, '排名\n中间', 'n2-ranking', 'N2');
    expect(f.line).toBe(2);
    expect(f.endLine).toBe(3);
    expect(run(t, [f])).toEqual({ kept: [], unused: [] });
  });

  it('disable-next-line suppresses the next line only, in every comment form', () => {
    const forms: Array<[FileKind, string]> = [
      ['markdown', '<!-- jiaxiao-lint-disable-next-line n2-ranking -->'],
      ['text', '# jiaxiao-lint-disable-next-line n2-ranking'],
      ['text', '// jiaxiao-lint-disable-next-line n2-ranking'],
      ['handlebars', '{{!-- jiaxiao-lint-disable-next-line n2-ranking --}}'],
      ['handlebars', '{{! jiaxiao-lint-disable-next-line n2-ranking }}'],
    ];
    for (const [kind, comment] of forms) {
      const t = `${comment}\n排名A\n排名B`;
      const fs = [findingAt(t, '排名A', 'n2-ranking', 'N2'), findingAt(t, '排名B', 'n2-ranking', 'N2')];
      expect(run(t, fs, kind)).toEqual({ kept: ['n2-ranking at 排名B'], unused: [] });
    }
  });

  it('matches line directives by rule id or clause', () => {
    const t = '排名 晒图 <!-- jiaxiao-lint-disable-line N2 -->\n加班 私聊 <!-- jiaxiao-lint-disable-line n4-after-hours -->';
    const fs = [
      findingAt(t, '排名', 'n2-ranking', 'N2'),
      findingAt(t, '晒图', 'n2-photo-wall', 'N2'),
      findingAt(t, '加班', 'n4-after-hours', 'N4'),
      findingAt(t, '私聊', 'n5-private', 'N5'),
    ];
    expect(run(t, fs).kept).toEqual(['n5-private at 私聊']);
  });
});

describe('applyDirectives: unused directives', () => {
  it('reports directives that suppressed nothing, with the position of their comment', () => {
    const t = [
      '第一行 <!-- jiaxiao-lint-disable-line N2 -->', // nothing on line 1
      '<!-- jiaxiao-lint-disable-next-line N4 -->', // next line has only an N2 finding
      '排名',
      '<!-- jiaxiao-lint-disable n5-private -->',
      '排名',
      '<!-- jiaxiao-lint-enable n5-private -->',
      '<!-- jiaxiao-lint-disable-next-line -->', // the last line: nothing follows
    ].join('\n');
    const fs = [findingAt(t, '排名', 'n2-ranking', 'N2'), findingAt(t, '排名', 'n2-ranking', 'N2', t.indexOf('n5-private'))];
    expect(run(t, fs)).toEqual({
      kept: ['n2-ranking at 排名', 'n2-ranking at 排名'],
      unused: ['disable-line@1:5', 'disable-next-line@2:1', 'disable@4:1', 'disable-next-line@7:1'],
    });
  });

  it('credits every directive that covers a finding', () => {
    const t = '<!-- jiaxiao-lint-disable N2 -->\n排名 <!-- jiaxiao-lint-disable-line n2-ranking -->';
    const fs = [findingAt(t, '排名', 'n2-ranking', 'N2')];
    expect(run(t, fs)).toEqual({ kept: [], unused: [] });
  });

  it('returns no unused directives when not asked', () => {
    const t = '<!-- jiaxiao-lint-disable -->\n正文';
    const result = applyDirectives([], parseDirectives(t, 'markdown'), { reportUnused: false });
    expect(result).toEqual({ kept: [], unused: [] });
  });

  it('keeps the directive details on an unused directive', () => {
    const t = '正文\n  <!-- jiaxiao-lint-disable N2 -- 家长要求 -->';
    const { unused } = applyDirectives([], parseDirectives(t, 'markdown'), { reportUnused: true });
    expect(unused).toEqual([
      {
        kind: 'disable',
        targets: ['N2'],
        reason: '家长要求',
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: t.length - 3 + 1,
        range: [5, t.length],
      },
    ]);
  });

  it('leaves findings untouched when there are no directives', () => {
    const t = '排名';
    const f = findingAt(t, '排名', 'n2-ranking', 'N2');
    const result = applyDirectives([f], parseDirectives(t, 'text'), { reportUnused: true });
    expect(result.kept).toEqual([f]);
    expect(result.unused).toEqual([]);
  });
});
