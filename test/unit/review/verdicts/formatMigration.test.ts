import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { mapAnalysis, toProse } from '../../../../src/formats/index';
import { keyWords, matchVerdicts, parseSidecar } from '../../../../src/review/verdicts/index';
import { analyze } from '../../../support/engine';
import { MARKDOWN } from '../../../support/formatArticles';
import { ROOT } from '../../../support/root';

/**
 * harbour.md.claims.json was written by the code before Markdown was read as
 * prose: the article analysed with its markup, every claim rated (note i on
 * the i-th claim). Its keys hold link addresses, emphasis markers and list
 * markers ("the | According to | [city's audit](https://…), repair costs…").
 */
const saved = readFileSync(join(ROOT, 'test', 'support', 'fixtures', 'harbour.md.claims.json'), 'utf8');

test('verdicts saved on a Markdown article before it was read as prose still attach to the same claims', () => {
  const read = parseSidecar(saved);
  assert.ok('sidecar' in read);
  const records = read.sidecar.records;
  assert.equal(records.length, 7);
  const { prose, map } = toProse(MARKDOWN, 'markdown');
  const claims = mapAnalysis(analyze(prose), map).claims;
  const { byClaim, orphans } = matchVerdicts(MARKDOWN, claims, records);
  const noteOf = (content: RegExp) => {
    const c = claims.find((x) => content.test(x.contentText));
    assert.ok(c, String(content));
    return byClaim.get(c.id)?.verdict.note;
  };
  // The old claims, in order: the image's alt text (gone), Varga, Okafor, the audit, Brandt, the critics, the code block (gone).
  assert.equal(noteOf(/^the harbour plan was balanced$/), 'note 1');
  assert.equal(noteOf(/^"We will not raise/), 'note 2');
  assert.equal(noteOf(/^repair costs rose 12 percent/), 'note 3');
  assert.equal(noteOf(/^the plan ignores renters$/), 'note 4');
  assert.equal(noteOf(/^the vote was rushed$/), 'note 5');
  // Never dropped: the verdicts on what is no claim any more are orphans, kept and listed.
  assert.deepEqual(orphans.map((r) => r.verdict.note).sort(), ['note 0', 'note 6']);
  assert.equal(byClaim.size + orphans.length, records.length);
});

test('key words leave markup out: link addresses, bare addresses, tags and character references', () => {
  assert.deepEqual(keyWords("[city's audit](https://example.org/audit.pdf \"t\"), repair"), ["city's", 'audit', 'repair']);
  assert.deepEqual(keyWords('//example.org/people/varga), the mayor,'), ['the', 'mayor']);
  assert.deepEqual(keyWords('<a href="/x">Ann</a> &ldquo;yes&rdquo; &#8212; no'), ['Ann', 'yes', 'no']);
  assert.deepEqual(keyWords('Plain text, 12 percent.'), ['Plain', 'text', '12', 'percent']);
});
