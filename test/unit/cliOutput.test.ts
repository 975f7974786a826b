import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { ARTICLE, CLI, tempDir } from './cliRun';

test('stdout closed early (| head -c1): the CLI stops quietly, exit 0', () => {
  const dir = tempDir({ 'a.txt': ARTICLE.repeat(200) });
  const files = Array.from({ length: 30 }, () => join(dir, 'a.txt'));
  for (const format of ['text', 'json']) {
    const r = spawnSync('sh', ['-c', '(node "$@"; echo "status $?" >&2) | head -c1 >/dev/null', 'sh', CLI, 'extract', '--format', format, ...files], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.signal, null);
    assert.match(r.stderr, /^status 0$/m, r.stderr);
    assert.equal(r.stderr.trim(), 'status 0', 'nothing else on stderr');
  }
});
