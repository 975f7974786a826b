import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One analysis of the 1 MB document in the browser (src/tools/bench/webPage.ts). */
interface Run {
  ms: number;
  longest: number;
  claims: number;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.bin': 'application/octet-stream', '.html': 'text/html' };

/**
 * The 1 MB document analysed by the web host's code in Debian's Chromium (the
 * test harness's, installed by npm test): on the page's thread, and shared
 * with web workers. Serves dist/web and dist/models from a local server.
 */
export async function benchWeb(text: string, rounds: number, line: (how: string, runs: Run[]) => void): Promise<void> {
  const harness = join(process.cwd(), 'test', 'harness');
  if (!existsSync('/usr/bin/chromium') || !existsSync(join(harness, 'deps', 'node_modules', 'playwright-core')) || !existsSync('dist/web/bench.js')) {
    console.log('not measured: Chromium and the test harness are not installed here (npm test installs them)');
    return;
  }
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const file = url === '/' ? undefined : url.startsWith('/web/') ? join('dist', url) : url.startsWith('/models/') ? join('dist', url) : undefined;
    if (url === '/favicon.ico') {
      res.writeHead(204).end();
    } else if (url === '/') {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end('<!doctype html><meta charset="utf-8"><script src="/web/bench.js"></script>');
    } else if (url === '/text') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
    } else if (file && !file.includes('..') && existsSync(file)) {
      res.writeHead(200, { 'content-type': TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream' }).end(readFileSync(file));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const { launchChromium } = (await import(pathToFileURL(join(harness, 'browser.mjs')).href)) as { launchChromium(): Promise<Browser> };
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    if (process.argv.includes('--verbose')) page.on('console', (m) => console.log(`  [chromium] ${m.text()}`));
    await page.goto(`http://127.0.0.1:${port}/`);
    const r = (await page.evaluate(`claimLensBench(${rounds})`)) as { single: Run[]; cold: Run[]; warm: Run[]; workers: number; cores: number };
    const threads = `${r.cores} cores: the page's thread and ${r.workers} web worker${r.workers === 1 ? '' : 's'}`;
    line('one thread, in slices of 20 ms (no workers)', r.single);
    line(`shared with web workers started by this text (${threads})`, r.cold);
    line(`shared with web workers started ahead (${threads})`, r.warm);
  } finally {
    await browser.close();
    server.close();
  }
}

/** The little of playwright-core's browser this file uses. */
interface Browser {
  newPage(): Promise<{ goto(url: string): Promise<unknown>; evaluate(expression: string): Promise<unknown>; on(event: 'console', f: (m: { text(): string }) => void): void }>;
  close(): Promise<void>;
}
