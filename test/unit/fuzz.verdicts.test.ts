import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { EXPORT_FORMATS, exportAs, exportContext } from '../../src/core/exports';
import { httpUrl } from '../../src/core/safeUrl';
import { DEFAULT_SCALE, mergeSidecars, parseSidecar, serializeSidecar, setVerdict, type Sidecar, type Verdict, type VerdictRecord } from '../../src/core/verdicts';
import { loadModelsFromDisk } from '../../src/node/loadModels';
import { readSidecar, saveSidecar } from '../../src/node/sidecarFile';
import { csvRows } from './csvRows';
import { holds } from './fuzzSettings';
import { newsText } from './fuzzTexts';
import { HOSTILE } from './hostileStrings';
import { problems } from './renderedMarkdown';
import { tempSidecar } from './verdictsFixtures';

loadModelsFromDisk();

/** Field values: hostile strings, URLs good and bad, anything. */
const text = fc.oneof(fc.constantFrom(...HOSTILE, 'https://ok.example/e', 'javascript:alert(1)', ''), fc.string({ unit: 'binary', maxLength: 30 }));
const verdict: fc.Arbitrary<Verdict> = fc.record({
  rating: fc.oneof(fc.constantFrom(...DEFAULT_SCALE), text),
  note: text,
  evidence: fc.array(text, { maxLength: 3 }),
  updated: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  author: text,
}, { requiredKeys: ['rating', 'updated'] });
const record = (ids: fc.Arbitrary<string>): fc.Arbitrary<VerdictRecord> => fc.record({
  id: ids,
  key: fc.record({ source: text, cue: text, content: text, before: text, after: text }),
  claimId: text,
  shown: fc.record({ source: text, cue: text, content: text }),
  verdict,
  history: fc.array(verdict, { minLength: 1, maxLength: 3 }),
}, { requiredKeys: ['id', 'key', 'claimId', 'verdict'] });
/** A verdict file as someone may have written it: good records, records of any other shape, fields Claim Lens does not know. */
const fileJson = fc.record({
  records: fc.array(fc.oneof(record(fc.constantFrom('v1', 'v2', 'v3', 'v4')), fc.jsonValue({ maxDepth: 2 })), { maxLength: 8 }),
  extra: fc.dictionary(fc.string({ maxLength: 8 }).filter((k) => k !== 'version' && k !== 'records'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
}).map(({ records, extra }) => JSON.stringify({ ...extra, version: 1, records }));

const stable = (v: unknown): string => (Array.isArray(v) ? `[${v.map(stable).join(',')}]` : v && typeof v === 'object' ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`).join(',')}}` : JSON.stringify(v) ?? 'null');
const verdictsOf = (s: Sidecar, id: string) => new Set(s.records.filter((r) => r.id === id).flatMap((r) => [r.verdict, ...(r.history ?? [])]).map(stable));
const parsed = (json: string): Sidecar => {
  const p = parseSidecar(json);
  assert.ok('sidecar' in p, JSON.stringify(p));
  return p.sidecar;
};

test('fuzz: a verdict file read and written again keeps every record, readable or not, and every field it does not know', async (t) => {
  await holds(t, fc.property(fileJson, (json) => {
    const first = parsed(json);
    const again = parsed(serializeSidecar(first));
    assert.deepEqual(again.records, first.records);
    assert.deepEqual(again.extra, first.extra);
    // Unreadable records are written after the readable ones: the same records, their reasons naming new places.
    assert.deepEqual((again.unreadable ?? []).map((u) => u.raw), (first.unreadable ?? []).map((u) => u.raw));
    const original = JSON.parse(json) as { records: unknown[] } & Record<string, unknown>;
    const written = JSON.parse(serializeSidecar(first)) as typeof original;
    assert.deepEqual(new Set(written.records.map(stable)), new Set(original.records.map(stable)), 'every record, verbatim');
    for (const k of Object.keys(original)) if (k !== 'records') assert.equal(stable(written[k]), stable(original[k]), `the field ${k}`);
  }), 0.08);
});

test('fuzz: merging two versions of a verdict file keeps every record and every verdict of both', async (t) => {
  await holds(t, fc.property(fileJson, fileJson, (a, b) => {
    const x = parsed(a);
    const y = parsed(b);
    const merged = mergeSidecars(x, y);
    for (const id of new Set([...x.records, ...y.records].map((r) => r.id))) {
      assert.equal(merged.records.filter((r) => r.id === id).length, 1, `one record ${id}`);
      const kept = verdictsOf(merged, id);
      for (const v of [...verdictsOf(x, id), ...verdictsOf(y, id)]) assert.ok(kept.has(v), `verdict ${v} of ${id} kept`);
    }
    const unreadable = new Set((merged.unreadable ?? []).map((u) => stable(u.raw)));
    for (const u of [...(x.unreadable ?? []), ...(y.unreadable ?? [])]) assert.ok(unreadable.has(stable(u.raw)), 'unreadable record kept');
  }), 0.08);
});

test('fuzz: a save over any verdict file on disk loses nothing of it or of the save', async (t) => {
  await holds(t, fc.asyncProperty(fileJson, fileJson, async (onDisk, ours) => {
    const { dir, path } = tempSidecar();
    try {
      writeFileSync(path, onDisk);
      const saved = await saveSidecar(path, parsed(ours));
      assert.ok('saved' in saved, JSON.stringify(saved));
      const back = readSidecar(path);
      assert.ok('sidecar' in back, readFileSync(path, 'utf8'));
      assert.deepEqual(back.sidecar, parsed(serializeSidecar(mergeSidecars(parsed(onDisk), parsed(ours)))));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }), 0.1);
});

test('fuzz: every export of any article with any verdicts: no exception, nothing injected, one CSV row per claim', async (t) => {
  await holds(t, fc.property(newsText(80), fc.array(fc.tuple(fc.nat(), verdict), { maxLength: 4 }), fc.array(record(fc.string({ maxLength: 4 })), { maxLength: 2 }), text, (article, ratings, orphans, name) => {
    const claims = analyze(article).claims;
    let side: Sidecar = { version: 1, records: orphans };
    for (const [i, v] of ratings) if (claims.length) side = setVerdict(side, article, claims, claims[i % claims.length], v);
    const x = exportContext(name, article, claims, side.records, { scale: [...DEFAULT_SCALE], articleUrl: name, reviewUrl: name, organization: name });
    for (const format of EXPORT_FORMATS) {
      const out = exportAs(format, x);
      if (format === 'md') {
        const links = [...x.claims.flatMap((c) => c.verdict?.evidence ?? []), ...x.orphans.flatMap((o) => o.verdict.evidence ?? [])].map(httpUrl).filter((u): u is string => !!u);
        assert.deepEqual(problems(out, links, 2), []);
      }
      if (format === 'csv') {
        const rows = csvRows(out);
        assert.equal(rows.length, claims.length + 1);
        for (const cell of rows.flat()) assert.doesNotMatch(cell, /^[=+\-@\t\r]/);
      }
      if (format === 'json') assert.equal((JSON.parse(out) as { claims: unknown[] }).claims.length, claims.length);
      if (format === 'claimreview') assert.doesNotMatch(out, /[<>&]/);
    }
  }), 0.16);
});
