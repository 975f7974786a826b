import type { RawAttribution } from '../../src/engine/extract/rawAttribution';
import type { Rule } from '../../src/engine/extract/rules/rule';
import type { Span } from '../../src/engine/index';
import { prepare } from '../../src/engine/text/document';
import { withFeatures, type FeatureDoc } from '../../src/engine/model/wordFeatures';
import { lexicon } from './engine';

/** A text as the rules see it. */
export const docOf = (text: string): FeatureDoc => withFeatures(prepare(text), lexicon);

/** The tokens of the first occurrence of `part` at or after `from` (a whole-token match). */
function tokensOf(doc: FeatureDoc, part: string, from = 0): { first: number; last: number; span: Span } {
  const start = doc.text.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" is not in the text`);
  const end = start + part.length;
  const first = doc.tokens.findIndex((t) => t.start >= start);
  let last = first;
  while (last < doc.tokens.length && doc.tokens[last].end <= end) last++;
  return { first, last, span: { start, end } };
}

/** An attribution as the taggers give it: a cue, maybe a source, contents; named by their text (after `from`). */
export function attribution(doc: FeatureDoc, parts: { cue: string; source?: string; content?: string[]; from?: number }): RawAttribution {
  const cue = tokensOf(doc, parts.cue, parts.from);
  const source = parts.source === undefined ? undefined : tokensOf(doc, parts.source, parts.from);
  return {
    cue: cue.span, cueFirst: cue.first, cueLast: cue.last,
    ...(source ? { source: source.span, sourceFirst: source.first, sourceLast: source.last } : {}),
    content: (parts.content ?? []).map((c) => tokensOf(doc, c, parts.from).span),
  };
}

/** One rule over attributions in cue order, as applyRules runs it. */
export function run<S>(rule: Rule<S>, doc: FeatureDoc, all: RawAttribution[]): RawAttribution[] {
  const state = rule.prepare?.(doc, all) as S;
  return all.map((a, i) => rule.apply(doc, a, state, i));
}

export const textOf = (doc: FeatureDoc, s: Span | undefined) => (s ? doc.text.slice(s.start, s.end) : undefined);
