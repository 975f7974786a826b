import assert from 'node:assert/strict';
import type { Claim, Span } from '../../src/engine/types';

const lowSurrogate = (text: string, i: number) => i > 0 && i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800;

function inBounds(text: string, s: Span, what: string, empty = false): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
  assert.ok(s.start >= 0 && s.end <= text.length && (empty ? s.start <= s.end : s.start < s.end), `${what} ${s.start}-${s.end} in a text of ${text.length}`);
  assert.ok(!lowSurrogate(text, s.start) && !lowSurrogate(text, s.end), `${what} ${s.start}-${s.end} splits a character`);
}

const at = (text: string, spans: Span[]) => spans.map((s) => text.slice(s.start, s.end)).join(' … ');

/** What every analysis of every text must hold: spans in bounds and on whole characters, texts read from the spans, ranges that cover them, unique ids. */
export function checkClaims(text: string, claims: Claim[]): void {
  const ids = new Set<string>();
  for (const c of claims) {
    assert.ok(!ids.has(c.id), `id ${c.id} given twice`);
    ids.add(c.id);
    assert.ok(c.cue.length > 0 && c.content.length > 0, 'a claim has a cue and a content');
    c.cue.forEach((s) => inBounds(text, s, 'cue'));
    c.content.forEach((s) => inBounds(text, s, 'content'));
    if (c.source) inBounds(text, c.source, 'source');
    assert.equal(c.cueText, at(text, c.cue));
    assert.equal(c.contentText, at(text, c.content));
    assert.equal(c.sourceText, c.source ? text.slice(c.source.start, c.source.end) : undefined);
    const spans = [...c.cue, ...c.content, ...(c.source ? [c.source] : [])];
    assert.equal(c.range.start, Math.min(...spans.map((s) => s.start)), 'range start');
    assert.equal(c.range.end, Math.max(...spans.map((s) => s.end)), 'range end');
    if (c.speaker?.from) inBounds(text, c.speaker.from, 'speaker.from');
    for (const g of c.signals) {
      inBounds(text, g.span, 'signal');
      assert.equal(g.text, text.slice(g.span.start, g.span.end));
      assert.ok(c.content.some((s) => s.start <= g.span.start && g.span.end <= s.end), 'a signal stands in the content');
    }
  }
}
