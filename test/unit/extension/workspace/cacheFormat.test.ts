import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { lineIndex } from '../../../../src/engine/index';
import { EXCLUDE_GLOBS, includeGlobs } from '../../../../src/review/corpus/articleFiles';
import { contentHash, engineFolder, entryName, entryText, isUnchanged, manifestText, readEntry, readManifest, variantOf } from '../../../../src/extension/workspace/cacheFormat';
import { engine } from '../../../support/engine';
import { ROOT } from '../../../support/root';

const SAMPLE = readFileSync(join(ROOT, 'samples', 'council-budget.news'), 'utf8');
const ENGINE = '0.1.0+r1.abc';

function cached(text: string) {
  const claims = engine.analyze(text).claims;
  const at = lineIndex(text);
  return { claims, lines: claims.map((c) => at(c.cue[0].start).line), columns: claims.map((c) => at(c.cue[0].start).column) };
}

test('cache keys: the content hash is the SHA-256 of the bytes; an entry is named by hash and variant, in a folder per engine version', async () => {
  const bytes = new TextEncoder().encode('Mayor Elena Varga said the walls would hold.\n');
  const { createHash } = await import('node:crypto');
  assert.equal(await contentHash(bytes), createHash('sha256').update(bytes).digest('hex'));
  assert.notEqual(await contentHash(new TextEncoder().encode('Mayor Elena Varga said the walls would fall.\n')), await contentHash(bytes));
  const hash = await contentHash(bytes);
  assert.notEqual(entryName(hash, variantOf('text', 'auto')), entryName(hash, variantOf('markdown', 'auto')), 'the same bytes read as Markdown are another entry');
  assert.notEqual(entryName(hash, variantOf('text', 'auto')), entryName(hash, variantOf('text', 'en')), 'and with the language check off, another');
  assert.notEqual(engineFolder(ENGINE), engineFolder('0.1.0+r2.abc'), 'a new engine revision reads another folder');
  assert.match(engineFolder('../../x/y:z'), /^engine-[A-Za-z0-9.+_-]+$/, 'an engine version is a safe file name');
});

test('invalidation: a file is taken as unchanged only with the same size, time and variant', () => {
  const known = { hash: 'a'.repeat(64), size: 10, mtime: 5, variant: variantOf('text', 'auto') };
  assert.ok(isUnchanged(known, { size: 10, mtime: 5 }, known.variant));
  assert.ok(!isUnchanged(known, { size: 11, mtime: 5 }, known.variant));
  assert.ok(!isUnchanged(known, { size: 10, mtime: 6 }, known.variant));
  assert.ok(!isUnchanged(known, { size: 10, mtime: 5 }, variantOf('text', 'en')));
  assert.ok(!isUnchanged(undefined, { size: 10, mtime: 5 }, known.variant));
});

test('the manifest reads back what was written, for the same engine only; a corrupt one is discarded with a reason, a bad record alone dropped', () => {
  const files = new Map([['file:///w/a.news', { hash: 'a'.repeat(64), size: 10, mtime: 5, variant: 'text-auto' }]]);
  const text = manifestText({ engine: ENGINE, files });
  const read = readManifest(text, ENGINE);
  assert.ok('manifest' in read);
  assert.deepEqual(read.manifest.files, files);
  const other = readManifest(text, '0.1.0+r2.abc');
  assert.ok('discard' in other && /made by engine 0\.1\.0\+r1\.abc/.test(other.discard));
  for (const bad of [text.slice(0, text.length / 2), '', 'null', '[]', '{"format":2,"engine":"x","files":{}}', JSON.stringify({ format: 1, engine: ENGINE, files: [] })]) {
    const r = readManifest(bad, ENGINE);
    assert.ok('discard' in r, bad);
  }
  const mixed = JSON.parse(text);
  mixed.files['file:///w/b.news'] = { hash: '../../etc', size: 1, mtime: 1, variant: 'text-auto' };
  mixed.files['file:///w/c.news'] = 'nonsense';
  const r = readManifest(JSON.stringify(mixed), ENGINE);
  assert.ok('manifest' in r);
  assert.deepEqual([...r.manifest.files.keys()], ['file:///w/a.news']);
  assert.equal(r.dropped, 2);
});

test('an entry reads back its claims, lines and columns; a corrupt entry is discarded, never half read', () => {
  const a = cached(SAMPLE);
  assert.ok(a.claims.length > 10);
  const back = readEntry(entryText(a));
  assert.deepEqual(back, a);
  assert.deepEqual(readEntry(entryText({ skipped: 'reads as French' })), { skipped: 'reads as French' });
  const text = entryText(a);
  const broken = JSON.parse(text);
  broken.claims[3].range = { start: 'x' };
  const cases = [text.slice(0, 100), '{}', JSON.stringify(broken), JSON.stringify({ ...JSON.parse(text), lines: [1] }), JSON.stringify({ ...JSON.parse(text), columns: a.columns.map(() => 0) })];
  for (const bad of cases) {
    const r = readEntry(bad);
    assert.ok('discard' in r, bad.slice(0, 60));
  }
});

test('the workspace index reads the analysed languages\' files by default, html only when it is analysed; its excludes are package.json\'s default', () => {
  assert.deepEqual(includeGlobs(['plaintext', 'markdown', 'news']), ['**/*.txt', '**/*.text', '**/*.md', '**/*.markdown', '**/*.news', '**/*.article']);
  assert.deepEqual(includeGlobs(['news', 'html']), ['**/*.news', '**/*.article', '**/*.html', '**/*.htm']);
  assert.deepEqual(includeGlobs(['javascript']), []);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const props = pkg.contributes.configuration.properties;
  assert.deepEqual(props['claimLens.workspace.exclude'].default, EXCLUDE_GLOBS);
  for (const k of ['index', 'include', 'exclude']) assert.equal(props[`claimLens.workspace.${k}`].scope, 'resource');
  assert.equal(props['claimLens.workspace.index'].default, false, 'never by itself');
});
