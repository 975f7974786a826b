import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../support/engine';
import { EXPORT_FORMATS, exportAs, exportContext } from '../../../src/review/exports/index';
import { httpUrl } from '../../../src/review/safeUrl';
import { claimKey, DEFAULT_SCALE, matchVerdicts, mergeSidecars, parseSidecar, serializeSidecar, setVerdict, type Sidecar, type Verdict, type VerdictRecord } from '../../../src/review/verdicts/index';
import { readSidecar, saveSidecar } from '../../support/verdictFiles';
import { csvRows } from '../../support/csvRows';
import { holds } from '../../support/fuzzSettings';
import { newsText } from '../../support/fuzzTexts';
import { HOSTILE } from '../../support/hostileStrings';
import { problems } from '../../support/renderedMarkdown';
import { tempSidecar } from '../../support/verdictsFixtures';
import { editedKey, referenceMatch } from '../../support/verdictMatchReference';


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
      // Checked against the two inputs, not against the merge the code does.
      const before = [parsed(onDisk), parsed(ours)];
      for (const id of new Set(before.flatMap((x) => x.records.map((r) => r.id)))) {
        assert.equal(back.sidecar.records.filter((r) => r.id === id).length, 1, `one record ${id}`);
        const kept = verdictsOf(back.sidecar, id);
        for (const v of before.flatMap((x) => [...verdictsOf(x, id)])) assert.ok(kept.has(v), `a verdict of ${id}`);
      }
      const count = (x: Sidecar) => {
        const n = new Map<string, number>();
        for (const u of x.unreadable ?? []) n.set(stable(u.raw), (n.get(stable(u.raw)) ?? 0) + 1);
        return n;
      };
      const after = count(back.sidecar);
      for (const x of before) for (const [raw, n] of count(x)) assert.ok((after.get(raw) ?? 0) >= n, `unreadable ${raw} ×${n}`);
      const disk = JSON.parse(onDisk) as Record<string, unknown>;
      const written = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      for (const k of Object.keys(disk)) if (k !== 'records') assert.equal(stable(written[k]), stable(disk[k]), `the field ${k}`);
      for (const k of Object.keys(parsed(ours).extra ?? {})) assert.ok(k in written, `the field ${k} of the save`);
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

test('fuzz: verdicts are matched to claims exactly as scoring every pair would', async (t) => {
  await holds(t, fc.property(newsText(150), fc.array(fc.tuple(fc.nat(), fc.nat(7), fc.constantFrom('', 'said', 'the plan', 'new words here'), fc.boolean()), { maxLength: 12 }), (article, picks) => {
    const claims = analyze(article).claims;
    if (!claims.length) return;
    const records: VerdictRecord[] = picks.map(([i, drop, extra, sameId], n) => {
      const c = claims[i % claims.length];
      return { id: `v${n}`, key: editedKey(claimKey(article, c), drop, extra), claimId: sameId ? c.id : `x${n}`, verdict: { rating: 'True', updated: '2026-01-01T00:00:00.000Z' } };
    });
    const got = matchVerdicts(article, claims, records);
    const want = referenceMatch(article, claims, records);
    assert.deepEqual([...got.byClaim].map(([c, r]) => [c, r.id]), [...want.byClaim].map(([c, r]) => [c, r.id]));
    assert.deepEqual(got.orphans.map((r) => r.id), want.orphans.map((r) => r.id));
  }), 0.08);
});
