import type { FeatureDoc } from '../../model/wordFeatures';
import type { RawAttribution } from '../rawAttribution';
import { accordingTo } from './accordingTo';
import { clauseBefore } from './clauseBefore';
import { completeSource } from './completeSource';
import { continueQuote } from './continueQuote';
import { denyWithholding } from './denyWithholding';
import { dropContactContent } from './dropContactContent';
import { dropForeignFragments } from './dropForeignFragments';
import { dropLayoutLabels } from './dropLayoutLabels';
import { dropLayoutLines } from './dropLayoutLines';
import { dropOwnStory } from './dropOwnStory';
import { possessedSubject } from './possessedSubject';
import { possessiveSource } from './possessiveSource';
import { relativeContent } from './relativeContent';
import { relativeSource } from './relativeSource';
import type { Rule } from './rule';
import { sharedSubject } from './sharedSubject';
import { sourceAfterQuote } from './sourceAfterQuote';
import { subjectBefore } from './subjectBefore';
import { trimPunctuation } from './trimPunctuation';
import { trimDateline } from './trimDateline';
import { trimTold } from './trimTold';

/**
 * The rules, in the order they run: each over every attribution of a block,
 * seeing what the rules before it made. To add one: a file in this folder
 * exporting a Rule (its name, a description with an example, and `apply`;
 * `prepare` for what it must look up), a test of its own
 * (test/unit/engine/extract/rules/), and its place in this list
 * (docs/architecture.md).
 */
// Each rule keeps its own state type; the list only runs them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const RULES: readonly Rule<any>[] = [
  trimTold,
  accordingTo,
  possessiveSource,
  clauseBefore,
  relativeContent,
  completeSource,
  sharedSubject,
  subjectBefore,
  sourceAfterQuote,
  relativeSource,
  dropForeignFragments,
  continueQuote,
  dropLayoutLabels,
  dropLayoutLines,
  dropContactContent,
  dropOwnStory,
  possessedSubject,
  denyWithholding,
  trimDateline,
  trimPunctuation,
];

/** The taggers' attributions (in cue order) repaired by every rule in turn. */
export function applyRules(doc: FeatureDoc, found: RawAttribution[]): RawAttribution[] {
  let all = found;
  for (const rule of RULES) {
    const state = rule.prepare?.(doc, all);
    all = all.map((a, i) => rule.apply(doc, a, state, i));
  }
  return all;
}
