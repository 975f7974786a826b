import { type DetectedLanguage, detectLanguage, isForeign } from '../formats/index';
import type { Language } from './config';
import { l10n } from './l10n';
import { timed } from './timing';

/** How much a document's length may change before its language is detected again. */
const REDETECT_CHANGE = 0.2;

const detect = timed('language detection', detectLanguage);

/**
 * Whether a document is in a language Claim Lens reads (claimLens.language
 * `auto`), detected on open and first analysis, then again only when its
 * length has changed by more than a fifth: not on every keystroke of a long
 * article. A document found to be in another language is checked at each
 * analysis (its analysis is then skipped, so the check is all the work done),
 * so that pasting English over it is seen at once.
 */
export class LanguageChecks {
  private readonly last = new Map<string, { length: number; detected: DetectedLanguage }>();

  /** Why this document is not analysed (`Claim Lens reads English; this looks like French.`), or undefined when it is. */
  skipReason(key: string, text: string, setting: Language): string | undefined {
    if (setting === 'en') return undefined;
    // Detected on the document's text: once src/formats turns Markdown and HTML into prose, detect on the prose.
    const d = this.detected(key, text);
    return isForeign(d) ? l10n.t('Claim Lens reads English; this looks like {0}. Set claimLens.language to "en" to analyse it anyway.', d.name) : undefined;
  }

  private detected(key: string, text: string): DetectedLanguage {
    const last = this.last.get(key);
    if (last && !isForeign(last.detected) && Math.abs(text.length - last.length) <= last.length * REDETECT_CHANGE) return last.detected;
    const detected = detect(text);
    this.last.set(key, { length: text.length, detected });
    return detected;
  }

  forget(key: string): void {
    this.last.delete(key);
  }

  clear(): void {
    this.last.clear();
  }
}
