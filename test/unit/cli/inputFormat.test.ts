import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { readCommandLine } from '../../../src/cli/args';
import { HTML, MARKDOWN, PLAIN, withoutMarkup } from '../../support/formatArticles';
import { assertCleanStderr, run, tempDir } from '../../support/cliRun';

interface S { start: number; end: number }
interface Out { file: string; claims: { cue: S[]; source?: S; content: S[]; cueText: string; sourceText?: string; contentText: string }[] }

function extractJson(args: string[]): Out[] {
  const r = run(['extract', '--format', 'json', ...args]);
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim().split('\n').map((l) => JSON.parse(l));
}

test('--input: md, markdown, html, htm, text, txt; a bad value is one clear line and exit 2', () => {
  const ok = readCommandLine(['extract', '--input', 'md', 'a.txt']);
  assert.ok('command' in ok && ok.input === 'markdown');
  const html = readCommandLine(['export', '--format', 'csv', '--input', 'htm', 'a.txt']);
  assert.ok('command' in html && html.input === 'html');
  const none = readCommandLine(['extract', 'a.md']);
  assert.ok('command' in none && none.input === undefined);
  const r = run(['extract', '--input', 'docx', 'a.md']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^claim-lens: --input: unknown input format "docx": use md, html or text$/m);
  assertCleanStderr(r.stderr);
});

test('the format comes from the extension: .md and .html read as prose, with offsets into the file', () => {
  const dir = tempDir({ 'a.md': MARKDOWN, 'b.html': HTML, 'c.txt': PLAIN });
  const [md, html, plain] = extractJson([join(dir, 'a.md'), join(dir, 'b.html'), join(dir, 'c.txt')]);
  const contents = (o: Out) => o.claims.map((c) => c.contentText);
  assert.deepEqual(contents(md), contents(plain));
  assert.deepEqual(contents(html), contents(plain));
  for (const [o, text] of [[md, MARKDOWN], [html, HTML]] as const) {
    for (const c of o.claims) {
      assert.equal(withoutMarkup(c.cue.map((s) => text.slice(s.start, s.end)).join(' … ')), withoutMarkup(c.cueText));
      if (c.source) assert.equal(withoutMarkup(text.slice(c.source.start, c.source.end)), withoutMarkup(c.sourceText ?? ''));
      assert.equal(withoutMarkup(c.content.map((s) => text.slice(s.start, s.end)).join(' … ')), withoutMarkup(c.contentText));
    }
  }
});

test('--input overrides the extension: Markdown in a .txt file, or a .md file read as it is', () => {
  const dir = tempDir({ 'a.txt': MARKDOWN, 'b.md': MARKDOWN });
  const [asMd] = extractJson(['--input', 'md', join(dir, 'a.txt')]);
  const [asText] = extractJson(['--input', 'text', join(dir, 'b.md')]);
  const sources = (o: Out) => o.claims.map((c) => c.sourceText ?? '');
  assert.ok(sources(asMd).some((s) => s.startsWith('Elena Varga, the mayor')));
  const texts = asText.claims.map((c) => `${c.sourceText ?? ''} ${c.contentText}`);
  assert.ok(texts.some((s) => /example\.org|\*\*/.test(s)), 'read as text, the markup is part of the claims');
});

test('brat output of a Markdown file keeps offsets into the file (the T lines read the file there)', () => {
  const dir = tempDir({ 'a.md': MARKDOWN });
  const r = run(['extract', '--format', 'brat', join(dir, 'a.md')]);
  assert.equal(r.status, 0, r.stderr);
  const t = r.stdout.split('\n').filter((l) => l.startsWith('T'));
  assert.ok(t.length > 5);
  for (const line of t) {
    const [, offs, body] = line.split('\t');
    const [start, end] = offs.split(' ').slice(1).map(Number);
    assert.equal(body, MARKDOWN.slice(start, end).replace(/[\r\n\t]+/g, ' '));
  }
  assert.ok(t.some((l) => l.includes('Elena Varga](https://example.org/people/varga)')), 'the source span runs across the link in the file');
});

test('export of an HTML page: the claims, as prose', () => {
  const dir = tempDir({ 'p.html': HTML });
  const r = run(['export', '--format', 'csv', join(dir, 'p.html')]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Elena Varga/);
  assert.doesNotMatch(r.stdout, /<a |&quot;|&#39;/);
});
