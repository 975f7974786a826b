import { type Chart, GEOMETRY, layoutChart } from '../../review/report/chart';

/**
 * A chart as SVG built with DOM calls (createElementNS, textContent: no
 * markup from data), in the theme's colours (report.css). Each bar is a
 * button: focusable, Enter or Space or a click runs `activate`, the arrow
 * keys move between bars, and its label for screen readers holds the figures.
 */
const SVG = 'http://www.w3.org/2000/svg';

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Source kinds that name no one get the warning colour. */
const UNNAMED = new Set(['anonymous', 'vague']);

export function drawChart(chart: Chart, activate: (key: string) => void): SVGSVGElement {
  const l = layoutChart(chart);
  const svg = el('svg', { viewBox: `0 0 ${l.width} ${l.height}`, width: l.width, height: l.height, role: 'group', class: 'chart' });
  svg.setAttribute('aria-label', chart.title);
  svg.append(el('text', { x: 0, y: 20, class: 'chart-title', 'aria-hidden': 'true' }, chart.title));
  if (!l.rows.length) svg.append(el('text', { x: 0, y: GEOMETRY.title + 17, class: 'value' }, 'None'));
  const rows: SVGGElement[] = [];
  for (const r of l.rows) {
    const clickable = r.bar.filter !== undefined;
    const g = el('g', { class: clickable ? 'bar-row clickable' : 'bar-row', 'data-key': r.bar.key });
    g.setAttribute('aria-label', `${r.bar.label}: ${r.bar.text}${clickable ? '. Show these claims in the Claims view.' : ''}`);
    if (clickable) {
      g.setAttribute('tabindex', rows.length ? '-1' : '0');
      g.setAttribute('role', 'button');
    }
    const mid = r.y + 17;
    g.append(
      el('rect', { class: 'hit', x: 0, y: r.y, width: l.width, height: GEOMETRY.row }),
      el('rect', { class: 'focus-ring', x: 1, y: r.y + 1, width: l.width - 2, height: GEOMETRY.row - 2, rx: 3 }),
      el('text', { class: 'label', x: GEOMETRY.label, y: mid, 'text-anchor': 'end', 'aria-hidden': 'true' }, r.label),
      el('rect', { class: UNNAMED.has(r.bar.key) ? 'bar unnamed' : 'bar', x: l.barX, y: r.y + (GEOMETRY.row - GEOMETRY.bar) / 2, width: r.width, height: GEOMETRY.bar }),
      el('text', { class: 'value', x: l.barX + r.width + GEOMETRY.gap, y: mid, 'aria-hidden': 'true' }, r.bar.text),
      el('title', {}, `${r.bar.label}: ${r.bar.text}`),
    );
    if (clickable) {
      g.addEventListener('click', () => activate(r.bar.key));
      g.addEventListener('keydown', (e) => {
        const move = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          activate(r.bar.key);
        } else if (move) {
          e.preventDefault();
          const i = rows.indexOf(g) + move;
          if (rows[i]) {
            for (const x of rows) x.setAttribute('tabindex', x === rows[i] ? '0' : '-1');
            rows[i].focus();
          }
        }
      });
      rows.push(g);
    }
    svg.append(g);
  }
  return svg;
}

/** The chart's figures as a table (behind "Show data"): for reading the numbers, and for screen readers that prefer a table. */
export function chartTable(chart: Chart): HTMLTableElement {
  const table = document.createElement('table');
  table.className = 'data';
  table.createCaption().textContent = chart.title;
  const head = table.createTHead().insertRow();
  for (const h of ['', chart.unit, 'figures']) head.append(Object.assign(document.createElement('th'), { textContent: h, scope: 'col' }));
  const body = table.createTBody();
  for (const b of chart.bars) {
    const row = body.insertRow();
    row.append(Object.assign(document.createElement('th'), { textContent: b.label, scope: 'row' }));
    row.insertCell().textContent = String(b.value);
    row.insertCell().textContent = b.text;
  }
  return table;
}
