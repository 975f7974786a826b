import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseWebviewMessage } from '../../../../src/review/report/protocol';

test('webview messages: the four kinds pass with exactly their fields; anything else is dropped', () => {
  assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
  assert.deepEqual(parseWebviewMessage({ type: 'scope', scope: 'workspace', extra: 1 }), { type: 'scope', scope: 'workspace' });
  assert.deepEqual(parseWebviewMessage({ type: 'filter', chart: 'sourceKinds', key: 'anonymous' }), { type: 'filter', chart: 'sourceKinds', key: 'anonymous' });
  assert.deepEqual(parseWebviewMessage({ type: 'export', format: 'csv' }), { type: 'export', format: 'csv' });
  const bad: unknown[] = [
    undefined, null, 'ready', 42, [], ['ready'], {}, { type: 'READY' }, { type: 'scope' }, { type: 'scope', scope: 'folder' },
    { type: 'filter', chart: 'sourceKinds' }, { type: 'filter', chart: 1, key: 'a' }, { type: 'filter', chart: 'x', key: '' },
    { type: 'filter', chart: 'x', key: 'k'.repeat(5000) }, { type: 'filter', chart: { toString: () => 'x' }, key: 'a' },
    { type: 'export', format: 'html' }, { type: 'export', format: ['svg'] }, { type: 'open', uri: 'file:///etc/passwd' },
    { type: 'export', format: 'svg', target: 'file:///etc/passwd' },
  ];
  for (const m of bad.slice(0, -1)) assert.equal(parseWebviewMessage(m), undefined, JSON.stringify(m));
  assert.deepEqual(parseWebviewMessage(bad.at(-1)), { type: 'export', format: 'svg' }, 'a target the webview names is never taken');
});
