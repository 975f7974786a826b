import nlp from 'compromise';
import type { LexiconTable } from '../../engine/training';

/**
 * compromise's lexicon of single words, read at training time and shipped in
 * the cue model's header, so the extension needs no NLP library at run time
 * (compromise was most of each bundle and of a worker thread's start-up).
 * Words are grouped by their tag list ("Plural,Actor" → "actors critics …"),
 * sorted, so the same compromise version writes the same bytes.
 */
export function compromiseLexicon(): LexiconTable {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const groups = new Map<string, string[]>();
  for (const [word, tag] of Object.entries(lexicon)) {
    // Tokens never hold a space, so multi-word entries are never looked up.
    if (word.includes(' ')) continue;
    const key = Array.isArray(tag) ? tag.join(',') : tag;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(word);
  }
  const table: LexiconTable = {};
  for (const key of [...groups.keys()].sort()) table[key] = groups.get(key)!.sort().join(' ');
  return table;
}
