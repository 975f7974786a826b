/**
 * The engine's second entry, for the tools only (npm run train, eval, bench):
 * the feature code the taggers are trained with is the code they run with, so
 * training reads the same functions inference does. Nothing that ships (the
 * extension, the CLI, the workers) imports from here.
 */
export { prepare, type Doc } from './text/document';
export { splitBlocks } from './text/blocks';
export { withFeatures, type FeatureDoc } from './model/wordFeatures';
export { WordLexicon, type LexiconTable } from './model/wordLexicon';
export type { WordnetTable } from './model/wordnetClass';
export { cueFeatures } from './model/cueFeatures';
export { roleFeatures } from './model/roleFeatures';
export type { FeatureMatrix } from './model/featureHash';
export { encodeModel, featureRow, viterbi, type PerceptronModel } from './model/perceptron';
export { spansToTags } from './extract/bioTags';
export { coreCueEnd } from './extract/pipeline';
export { roleWindow } from './extract/roleWindow';
export { Analyzer } from './analyzer';
