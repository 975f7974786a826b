// Renders the Marketplace icon (media/icon.png, 128×128) from the activity-bar
// glyph media/claim-lens.svg: its strokes in white on a rounded dark-blue
// square. Run once by hand when the glyph changes (node scripts/render-icon.mjs)
// and commit the PNG: it needs a browser (Debian's Chromium, driven by the test
// harness's playwright-core), which a build should not.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(join(process.cwd(), 'test', 'harness', 'deps', 'node_modules', 'noop.js'));
const { chromium } = require('playwright-core');

const SIZE = 128;
const glyph = readFileSync('media/claim-lens.svg', 'utf8')
  .replace(/width="24" height="24"/, 'width="96" height="96"')
  .replace(/stroke="currentColor"/, 'stroke="#ffffff"');
const html = `<!doctype html><html><body style="margin:0;background:transparent">
<div style="width:${SIZE}px;height:${SIZE}px;border-radius:24px;background:#1f3b57;display:flex;align-items:center;justify-content:center">${glyph}</div>
</body></html>`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  await page.setContent(html);
  await page.screenshot({ path: 'media/icon.png', omitBackground: true, clip: { x: 0, y: 0, width: SIZE, height: SIZE } });
} finally {
  await browser.close();
}
process.stdout.write('media/icon.png written\n');
