import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import { readSidecar, saveSidecar } from '../../../support/verdictFiles';
import { record, tempSidecar } from '../../../support/verdictsFixtures';

const WRITERS = 4;
const SAVES = 100;

/**
 * Run as a child (this same bundle, with CLAIM_LENS_SAVER set): SAVES saves of
 * distinct records into one verdict file, each through saveSidecar, the path
 * the extension's node host saves through.
 */
async function saver(path: string, name: string): Promise<void> {
  for (let i = 0; i < SAVES; i++) {
    const r = await saveSidecar(path, { version: 1, records: [record(`${name}-${i}`)] });
    if ('error' in r) throw new Error(r.error);
  }
}

if (process.env.CLAIM_LENS_SAVER) {
  saver(process.env.CLAIM_LENS_SAVER, process.env.CLAIM_LENS_SAVER_NAME ?? 'w').catch((e: unknown) => {
    console.error(String(e));
    process.exitCode = 1;
  });
} else {
  test(`${WRITERS} processes × ${SAVES} saves into one verdict file: all ${WRITERS * SAVES} records are there`, { timeout: 120_000 }, async () => {
    const { path } = tempSidecar();
    const exits = await Promise.all(Array.from({ length: WRITERS }, (_, w) => new Promise<{ code: number | null; err: string }>((resolve) => {
      const env: NodeJS.ProcessEnv = { ...process.env, CLAIM_LENS_SAVER: path, CLAIM_LENS_SAVER_NAME: `w${w}` };
      delete env.NODE_TEST_CONTEXT; // a plain script, not a test file of this run
      const child = spawn(process.execPath, [__filename], { env, stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
      child.on('close', (code) => resolve({ code, err }));
    })));
    assert.deepEqual(exits.map((e) => e.code), Array(WRITERS).fill(0), exits.map((e) => e.err).join('\n'));
    const read = readSidecar(path);
    assert.ok('sidecar' in read, JSON.stringify(read));
    const ids = new Set(read.sidecar.records.map((r) => r.id));
    assert.equal(ids.size, WRITERS * SAVES, `${WRITERS * SAVES - ids.size} records lost`);
  });
}
