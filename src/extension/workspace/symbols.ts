import * as vscode from 'vscode';
import { type Claim, excerpt, inSlices, speakerOf } from '../../engine/index';
import { articlesCount, claimsCount } from '../counts';
import { recordTime } from '../timing';
import type { IndexHandle } from './indexHandle';
import type { IndexEntry, Speakers } from './workspaceIndex';
import { articleName } from './workspaceTree';

/** At most this many claims are offered for one query (speakers are few). */
const MAX_CLAIMS = 200;

/** Folded for matching: lower case, accents and quote styles folded, white space as one space. */
const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();
const folded = new WeakMap<Claim, string>();
const foldedClaim = (c: Claim) => {
  let f = folded.get(c);
  if (f === undefined) folded.set(c, (f = fold(`${c.contentText} ${speakerOf(c) ?? ''}`)));
  return f;
};

/** Article text as a quick pick label: `$(…)` there would be drawn as an icon, so it is broken with a zero-width space. */
const plain = (s: string) => s.replace(/\$\(/g, '$\u200b(');

/** A claim's name in the list: its content on one line, cut around the first word asked for when that word is far in. */
function claimName(c: Claim, word: string): string {
  const flat = c.contentText.replace(/\s+/g, ' ').trim();
  const at = fold(flat).indexOf(word);
  return plain(excerpt(at > 100 ? `…${flat.slice(at - 40)}` : flat, 160));
}

const location = (e: IndexEntry, i: number) => new vscode.Location(e.uri, new vscode.Position(Math.max(0, e.lines[i] - 1), Math.max(0, e.columns[i] - 1)));

/** The symbols of a query, in steps of a few articles (the first query folds every claim's text: thousands of them). */
function* symbolSteps(query: string, { articles, groups }: Speakers): Generator<void, vscode.SymbolInformation[]> {
  const words = fold(query).split(' ').filter(Boolean);
  const all = (s: string) => words.every((w) => s.includes(w));
  const out: vscode.SymbolInformation[] = [];
  for (const [k, g] of groups.entries()) {
    if (k % 500 === 499) yield;
    if (!all(fold(g.name))) continue;
    const [first, claims] = [...g.byArticle][0];
    const e = articles[first];
    if (e) out.push(new vscode.SymbolInformation(plain(g.name), vscode.SymbolKind.Object, vscode.l10n.t('{0}, {1}', articlesCount(g.byArticle.size), claimsCount(g.claims)), location(e, e.claims.indexOf(claims[0]))));
  }
  if (!words.length) return out;
  let n = 0;
  for (const [k, e] of articles.entries()) {
    if (k % 20 === 19) yield;
    for (let i = 0; i < e.claims.length && n < MAX_CLAIMS; i++) {
      const c = e.claims[i];
      if (!all(foldedClaim(c))) continue;
      n++;
      out.push(new vscode.SymbolInformation(claimName(c, words[0]), vscode.SymbolKind.String, plain(`${speakerOf(c) ?? vscode.l10n.t('no source')} — ${articleName(e.uri)}`), location(e, i)));
    }
  }
  return out;
}

/**
 * Workspace symbols (Go to Symbol in Workspace, Ctrl+T) from the workspace
 * index: the speakers across articles whose name holds every word asked
 * for, then the claims whose text or speaker does (at most MAX_CLAIMS), each
 * at its cue. An empty query lists the speakers. Worked out in slices of
 * 10 ms; a query typed on gives up the one before.
 */
export function registerWorkspaceSymbols(index: IndexHandle): vscode.Disposable {
  return vscode.languages.registerWorkspaceSymbolProvider({
    async provideWorkspaceSymbols(query, token) {
      const speakers = await index.speakers();
      const found = await inSlices(symbolSteps(query, speakers), { sliceMs: 10, onSlice: (ms) => recordTime('workspace symbols', ms), cancelled: () => token.isCancellationRequested });
      return found ?? [];
    },
  });
}
