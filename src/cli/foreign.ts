import { detectLanguage, isForeign } from '../formats/index';
import type { Language } from './args';

/**
 * Why an article gets no claims, when it reads reliably as another language
 * than English (--language auto, the default); undefined when it is to be
 * analysed. One message for extract, export and index. Detected on the file's
 * text: Markdown and HTML markup does not hide the language from franc.
 */
export function foreignNote(file: string, text: string, language: Language): string | undefined {
  if (language === 'en') return undefined;
  const d = detectLanguage(text);
  return isForeign(d) ? `${file}: looks like ${d.name}; Claim Lens reads English only: no claims (use --language en to analyse it anyway)` : undefined;
}
