import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BratAttribution, parseBrat } from '../review/brat';

export interface GoldDoc {
  name: string;
  text: string;
  gold: BratAttribution[];
}

/**
 * Reads a brat corpus: PolNeAR's layout (`SPLIT/text/NAME.txt`,
 * `SPLIT/attributions/NAME_ANNOTATOR.ann`, the first annotator in sorted order)
 * or a flat folder of `NAME.txt` + `NAME.ann` pairs (the seed article).
 */
export function readCorpus(dir: string, limit = Infinity, everyAnnotator = false): GoldDoc[] {
  if (!existsSync(dir)) throw new Error(`corpus folder not found: ${dir}`);
  const docs: GoldDoc[] = [];
  const textDir = join(dir, 'text');
  if (existsSync(textDir)) {
    const annDir = join(dir, 'attributions');
    const anns = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
    for (const name of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
      if (docs.length >= limit) break;
      const stem = name.slice(0, -4);
      const mine = anns.filter((a) => a.startsWith(stem + '_'));
      if (mine.length === 0) continue;
      const text = readFileSync(join(textDir, name), 'utf8');
      for (const ann of everyAnnotator ? mine : mine.slice(0, 1)) docs.push({ name: stem, text, gold: parseBrat(readFileSync(join(annDir, ann), 'utf8'), text) });
    }
  } else {
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      if (docs.length >= limit) break;
      const stem = name.slice(0, -4);
      const annPath = join(dir, stem + '.ann');
      if (!existsSync(annPath)) continue;
      const text = readFileSync(join(dir, name), 'utf8');
      docs.push({ name: stem, text, gold: parseBrat(readFileSync(annPath, 'utf8'), text) });
    }
  }
  return docs;
}
