import { existsSync, readFileSync } from 'node:fs';

/** What the integration suite's 1,000-article run wrote (test/integration/workspaceBench.node.test.ts). */
interface Figures {
  vscode: string;
  articles: number;
  claims: number;
  analysed: number;
  indexMs: number;
  lagMs: number;
  gcMs?: number;
  idleLagMs?: number;
  longestMs: Record<string, number>;
  reopenMs: number;
  reopenLagMs: number;
  reopenGcMs?: number;
  reopenLongestMs: Record<string, number>;
  active: { idleEngineMs: number[]; idleWallMs: number[]; indexingEngineMs: number[]; indexingWallMs: number[] };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const list = (xs: number[]) => xs.join(', ');

function longest(times: Record<string, number>, target: number): void {
  for (const [name, ms] of Object.entries(times).sort((x, y) => y[1] - x[1])) console.log(`  ${name.padEnd(40)} ${ms.toFixed(1).padStart(7)} ms${ms > target ? '  over the target' : ''}`);
}

/** The workspace index on 1,000 articles in the real VS Code, from the last npm test (.test-output/workspace-index.json). */
export function printWorkspaceIndex(file = '.test-output/workspace-index.json'): void {
  if (!existsSync(file)) {
    console.log('\nworkspace index: run npm test first (the integration suite records it in .test-output/workspace-index.json)');
    return;
  }
  const f = JSON.parse(readFileSync(file, 'utf8')) as Figures;
  const a = f.active;
  console.log(`\n## The workspace index on ${f.articles.toLocaleString('en')} articles (PolNeAR train and dev, ${f.claims.toLocaleString('en')} claims) in the real VS Code ${f.vscode} (node host, from the last npm test)`);
  console.log(`indexed in ${(f.indexMs / 1000).toFixed(1)} s (${f.analysed.toLocaleString('en')} analysed), the Claims view showing the workspace scope; reopened from the cache in ${(f.reopenMs / 1000).toFixed(1)} s (nothing analysed)`);
  console.log(`longest synchronous run of each handler while indexing (target ≤ 50 ms):`);
  longest(f.longestMs, 50);
  const gc = (ms?: number) => (ms === undefined ? '' : `; its longest garbage collection ${ms} ms`);
  console.log(`the event loop was held at most ${f.lagMs} ms while indexing${gc(f.gcMs)}, ${f.reopenLagMs} ms while reopening${gc(f.reopenGcMs)} (every handler in the host counts, VS Code's own and garbage collection too)${f.idleLagMs === undefined ? '' : `; opening the article with no index at work, ${f.idleLagMs} ms`}`);
  console.log(`while reopening:`);
  longest(f.reopenLongestMs, 50);
  console.log(`the open article (the seed article, analysed afresh): idle ${list(a.idleEngineMs)} ms (median ${median(a.idleEngineMs)}), while indexing ${list(a.indexingEngineMs)} ms (median ${median(a.indexingEngineMs)}) by the store's clock;`);
  console.log(`  from opening to its claims: idle ${list(a.idleWallMs)} ms (median ${median(a.idleWallMs)}), while indexing ${list(a.indexingWallMs)} ms (median ${median(a.indexingWallMs)}); target: delayed by no more than its usual time (≤ 2× idle)`);
  console.log('(wall-clock times on a machine shared with VS Code, the browser and the workers: a garbage collection or a busy core falls into them too)');
}
