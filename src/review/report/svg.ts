import { type Chart, GEOMETRY, layoutChart } from './chart';

/**
 * The report's charts as one standalone SVG file (the export): the same
 * layout the webview draws, in fixed colours that read on paper and in any
 * viewer (a file has no editor theme). Every text from an article (speaker
 * names, file names, ratings) is escaped for XML, and characters XML cannot
 * hold are dropped.
 */

/** Text for an XML text node or attribute value. */
export function xmlText(s: string): string {
  return s
    // Characters XML 1.0 forbids (C0 controls but tab, newline and return; lone surrogates; U+FFFE/U+FFFF).
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const STYLE = 'text{font:13px sans-serif;fill:#1f1f1f}.title{font-weight:600;font-size:14px}.value{fill:#444}.bar{fill:#2f6fb0}';

/** One chart's elements, its top at `top`. */
function chartElements(chart: Chart, top: number): string[] {
  const l = layoutChart(chart);
  const out = [`<g transform="translate(0 ${top})">`, `<text class="title" x="0" y="20">${xmlText(chart.title)}</text>`];
  if (!l.rows.length) out.push(`<text class="value" x="0" y="${GEOMETRY.title + 17}">None</text>`);
  for (const r of l.rows) {
    const mid = r.y + 17;
    out.push(
      `<g><title>${xmlText(`${r.bar.label}: ${r.bar.text}`)}</title>`
      + `<text x="${GEOMETRY.label}" y="${mid}" text-anchor="end">${xmlText(r.label)}</text>`
      + `<rect class="bar" x="${l.barX}" y="${r.y + (GEOMETRY.row - GEOMETRY.bar) / 2}" width="${r.width}" height="${GEOMETRY.bar}"/>`
      + `<text class="value" x="${l.barX + r.width + GEOMETRY.gap}" y="${mid}">${xmlText(r.bar.text)}</text></g>`,
    );
  }
  out.push('</g>');
  return out;
}

/** The charts one under another, under a heading (which article or workspace). */
export function chartsSvg(heading: string, charts: readonly Chart[]): string {
  const parts: string[] = [];
  let top = 36;
  for (const c of charts) {
    parts.push(...chartElements(c, top));
    top += layoutChart(c).height + 12;
  }
  const { width } = GEOMETRY;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${top}" viewBox="0 0 ${width} ${top}" role="img" aria-label="${xmlText(heading)}">`,
    `<style>${STYLE}</style>`,
    `<rect width="${width}" height="${top}" fill="#ffffff"/>`,
    `<text class="title" x="0" y="22" style="font-size:16px">${xmlText(heading)}</text>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
