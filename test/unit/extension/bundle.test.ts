import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../../support/root';

const EXTENSION = join(ROOT, 'dist', 'extension.js');

test('the desktop extension bundle patches nothing the shared extension host gives every extension (no signal-exit, no graceful-fs)', () => {
  const bundle = readFileSync(EXTENSION, 'utf8');
  assert.ok(bundle.includes('proper-lockfile') || /\.lock/.test(bundle), 'the bundle holds the lock code');
  // signal-exit replaces process.reallyExit and process.emit; graceful-fs keeps its retry queue under this symbol.
  assert.doesNotMatch(bundle, /reallyExit/);
  assert.doesNotMatch(bundle, /graceful-fs\.queue/);
});

test('the report webview\'s bundle is small (under 500 KB), sets no markup from strings and loads nothing from elsewhere', () => {
  const bundle = readFileSync(join(ROOT, 'dist', 'webview', 'report.js'), 'utf8');
  assert.ok(bundle.length < 500 * 1024, `${bundle.length} bytes`);
  assert.doesNotMatch(bundle, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
  assert.doesNotMatch(bundle, /https?:\/\/(?!www\.w3\.org\/2000\/svg)/, 'no address but the SVG namespace');
});
