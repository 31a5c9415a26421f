/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The paste page: a draft, its send time, kind and urgency in; findings highlighted in the draft,
// listed with clause, reason and suggestion; the corrected text and the next allowed send time out.
// Which engine checks the draft (the server's /api/lint, or the core in this browser) is the
// entry's business (served.ts, static.ts); the page only calls it.
import type { DraftRequest, DraftResult } from '../core/draft';
import { applyFixes } from '../core/fix';
import { CLAUSE_LABELS, Finding, Lang, MessageKind } from '../core/types';
import { s, StringId } from './strings';

export type Engine = (request: DraftRequest) => Promise<DraftResult[]>;

/** Input pauses shorter than this do not start a check. */
const DEBOUNCE_MS = 250;
const TIME_ZONE = 'Asia/Shanghai';
/** The longest quote of the draft shown in a finding. */
const QUOTE_CHARS = 24;

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/** Now in Asia/Shanghai as a datetime-local value (YYYY-MM-DDTHH:MM). */
export function nowInShanghai(now = new Date()): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

export function startPage(engine: Engine): void {
  const draft = byId<HTMLTextAreaElement>('draft');
  const highlights = byId<HTMLDivElement>('highlights');
  const at = byId<HTMLInputElement>('at');
  const kind = byId<HTMLSelectElement>('kind');
  const urgent = byId<HTMLInputElement>('urgent');
  const summary = byId<HTMLParagraphElement>('summary');
  const next = byId<HTMLParagraphElement>('next');
  const list = byId<HTMLOListElement>('findings');
  const fixed = byId<HTMLTextAreaElement>('fixed');
  const copy = byId<HTMLButtonElement>('copy');
  const copyStatus = byId<HTMLSpanElement>('copy-status');
  const langButton = byId<HTMLButtonElement>('lang');

  let lang: Lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sequence = 0;
  let shown: { text: string; results: DraftResult[] } | undefined;

  // The send time follows the clock until the user sets one.
  let atChosen = false;
  at.value = nowInShanghai();

  function applyLang(): void {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    document.title = `${s('title', lang)} · jiaxiao-lint`;
    for (const el of document.querySelectorAll<HTMLElement>('[data-s]')) el.textContent = s(el.dataset.s as StringId, lang);
    langButton.textContent = s('switchLang', lang);
    langButton.lang = lang === 'en' ? 'zh-CN' : 'en';
    langButton.setAttribute('aria-label', s('switchLangLabel', lang));
  }

  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(check, DEBOUNCE_MS);
  }

  async function check(): Promise<void> {
    const text = draft.value;
    const mine = ++sequence;
    if (!text.trim()) {
      render(text, []);
      summary.textContent = s('empty', lang);
      return;
    }
    if (!atChosen) at.value = nowInShanghai();
    summary.textContent = s('checking', lang);
    const request: DraftRequest = {
      text,
      at: at.value ? at.value.replace('T', ' ') : undefined,
      kind: (kind.value || undefined) as MessageKind | undefined,
      urgent: urgent.checked,
      lang,
    };
    try {
      const results = await engine(request);
      if (mine === sequence) render(text, results);
    } catch (e) {
      if (mine === sequence) summary.textContent = s('failed', lang) + (e as Error).message;
    }
  }

  function render(text: string, results: DraftResult[]): void {
    shown = { text, results };
    const result = results[0];
    const findings = result?.messages ?? [];
    renderHighlights(text, findings);
    list.replaceChildren(...findings.map((f, i) => findingItem(f, i, result.source ?? '')));
    if (result?.fatal) summary.textContent = s('failed', lang) + result.fatal;
    else if (result) summary.textContent = findings.length ? s('count', lang, { errors: result.errorCount, warnings: result.warningCount }) : s('none', lang);
    next.hidden = !result?.nextAllowed;
    next.textContent = result?.nextAllowed ? s('next', lang) + result.nextAllowed.text : '';
    fixed.value = applyFixes(text, findings).output;
    // As tall as its text (set through the CSSOM, which the CSP allows), so none of it hides.
    fixed.style.height = 'auto';
    fixed.style.height = `${fixed.scrollHeight + 2}px`;
    copyStatus.textContent = '';
  }

  /** The draft again behind the text area, each finding's span in a <mark> (overlaps split). */
  function renderHighlights(text: string, findings: Finding[]): void {
    const cuts = new Set([0, text.length]);
    for (const f of findings) cuts.add(f.range[0]).add(f.range[1]);
    const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
    const nodes: Node[] = [];
    for (let k = 0; k + 1 < points.length; k++) {
      const [from, to] = [points[k], points[k + 1]];
      const covering = findings.map((f, i) => (f.range[0] <= from && to <= f.range[1] && f.range[0] < f.range[1] ? i : -1)).filter((i) => i >= 0);
      const piece = document.createTextNode(text.slice(from, to));
      if (!covering.length) {
        nodes.push(piece);
        continue;
      }
      const mark = document.createElement('mark');
      mark.dataset.findings = covering.join(' ');
      mark.className = covering.some((i) => findings[i].severity === 2) ? 'error' : 'warning';
      mark.append(piece);
      nodes.push(mark);
    }
    // A final newline needs something after it to take up its line, as it does in the text area.
    nodes.push(document.createTextNode(text.endsWith('\n') || !text ? ' ' : ''));
    highlights.replaceChildren(...nodes);
  }

  function findingItem(f: Finding, index: number, maskedSource: string): HTMLLIElement {
    const li = document.createElement('li');
    li.className = f.severity === 2 ? 'finding error' : 'finding warning';
    li.dataset.index = String(index);
    li.dataset.rule = f.ruleId;
    const button = document.createElement('button');
    button.type = 'button';
    const clause = document.createElement('span');
    clause.className = 'clause';
    clause.textContent = CLAUSE_LABELS[f.clause][lang];
    const severity = document.createElement('span');
    severity.className = 'severity';
    severity.textContent = s(f.severity === 2 ? 'error' : 'warning', lang);
    // Quoted from the result's source, in which secrets are already masked.
    let quoted = maskedSource.slice(f.range[0], f.range[1]).replace(/\s+/g, ' ').trim();
    if ([...quoted].length > QUOTE_CHARS) quoted = [...quoted].slice(0, QUOTE_CHARS).join('') + '…';
    const quote = document.createElement('q');
    quote.textContent = quoted;
    const hint = document.createElement('span');
    hint.className = 'visually-hidden';
    hint.textContent = `（${s('selectSpan', lang)}）`;
    button.append(clause, ' ', severity, ' ', quote, hint);
    button.addEventListener('click', () => selectSpan(f));
    const message = document.createElement('p');
    message.className = 'message';
    message.textContent = f.message;
    li.append(button, message);
    // The descriptions only: the replacement texts are already applied in the corrected text.
    const advice = f.suggestions.map((x) => x.desc).filter(Boolean);
    if (advice.length) {
      const suggestion = document.createElement('p');
      suggestion.className = 'suggestion';
      suggestion.textContent = `${s('suggestion', lang)}：${advice.join('；')}`;
      li.append(suggestion);
    }
    return li;
  }

  function selectSpan(f: Finding): void {
    draft.focus();
    draft.setSelectionRange(f.range[0], f.range[1]);
    for (const m of highlights.querySelectorAll('mark.active')) m.classList.remove('active');
    const index = shown?.results[0]?.messages.indexOf(f) ?? -1;
    for (const m of highlights.querySelectorAll<HTMLElement>('mark')) if (m.dataset.findings?.split(' ').includes(String(index))) m.classList.add('active');
    draft.scrollIntoView({ block: 'nearest' });
  }

  async function copyFixed(): Promise<void> {
    try {
      await navigator.clipboard.writeText(fixed.value);
      copyStatus.textContent = s('copied', lang);
    } catch {
      // Without the clipboard API (an old browser, a page opened from disk): select and copy.
      fixed.select();
      copyStatus.textContent = document.execCommand('copy') ? s('copied', lang) : s('copyFailed', lang);
    }
  }

  draft.addEventListener('input', schedule);
  at.addEventListener('change', () => (atChosen = true));
  for (const el of [at, kind, urgent]) el.addEventListener('change', schedule);
  copy.addEventListener('click', () => void copyFixed());
  langButton.addEventListener('click', () => {
    lang = lang === 'zh' ? 'en' : 'zh';
    applyLang();
    void check();
  });
  applyLang();
  void check();
}
