import type { Chart } from '../../review/report/chart';
import type { ReportMessage, WebviewMessage } from '../../review/report/protocol';
import { chartTable, drawChart } from './draw';

/**
 * The attribution report's page script: draws the charts the extension posts,
 * and posts back what the person asks for (a scope, a bar's claims, an
 * export). It builds every element with DOM calls; no text it is sent
 * becomes markup.
 */
const vscode = acquireVsCodeApi();
const send = (m: WebviewMessage) => vscode.postMessage(m);
const byId = (id: string) => document.getElementById(id)!;

function isReport(m: unknown): m is ReportMessage {
  const r = m as Partial<ReportMessage> | null;
  return !!r && r.type === 'report' && typeof r.heading === 'string' && Array.isArray(r.charts);
}

function chartSection(chart: Chart): HTMLElement {
  const section = document.createElement('section');
  section.className = 'chart-section';
  section.dataset.chart = chart.id;
  section.append(drawChart(chart, (key) => send({ type: 'filter', chart: chart.id, key })), chartTable(chart));
  return section;
}

function render(r: ReportMessage): void {
  byId('heading').textContent = `Attribution report — ${r.heading}`;
  byId('note').textContent = r.note ?? '';
  for (const b of document.querySelectorAll<HTMLButtonElement>('button.scope')) b.setAttribute('aria-pressed', String(b.dataset.scope === r.scope));
  // Keep the focused bar focused across a redraw (the same chart and key), so a keyboard user does not lose their place.
  const focused = document.activeElement?.closest('[data-key]');
  const was = focused && { chart: focused.closest<HTMLElement>('section')?.dataset.chart, key: focused.getAttribute('data-key') };
  byId('charts').replaceChildren(...r.charts.map(chartSection));
  if (was) {
    const again = [...document.querySelectorAll<SVGGElement>(`section[data-chart] [data-key]`)]
      .find((g) => g.closest<HTMLElement>('section')?.dataset.chart === was.chart && g.getAttribute('data-key') === was.key);
    again?.focus();
  }
}

window.addEventListener('message', (e: MessageEvent<unknown>) => { if (isReport(e.data)) render(e.data); });
for (const b of document.querySelectorAll<HTMLButtonElement>('button.scope')) {
  b.addEventListener('click', () => send({ type: 'scope', scope: b.dataset.scope === 'workspace' ? 'workspace' : 'article' }));
}
for (const b of document.querySelectorAll<HTMLButtonElement>('button.export')) {
  b.addEventListener('click', () => send({ type: 'export', format: b.dataset.format === 'csv' ? 'csv' : 'svg' }));
}
const toggle = byId('show-data');
toggle.addEventListener('click', () => {
  const shown = document.body.classList.toggle('show-data');
  toggle.setAttribute('aria-expanded', String(shown));
  toggle.textContent = shown ? 'Hide data' : 'Show data';
});
send({ type: 'ready' });
