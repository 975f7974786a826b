import assert from 'node:assert/strict';
import { test } from 'node:test';
import { httpUrl, isLoopbackHost } from '../../../src/review/safeUrl';

test('httpUrl admits well-formed http(s) URLs, normalised', () => {
  assert.equal(httpUrl('https://example.org/a?b=c#d'), 'https://example.org/a?b=c#d');
  assert.equal(httpUrl('  http://Example.org  '), 'http://example.org/');
  assert.equal(httpUrl('https://example.org/a(b)'), 'https://example.org/a%28b%29');
});

test('httpUrl refuses every other scheme, credentials, whitespace inside and non-strings', () => {
  for (const bad of [
    'javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'command:claimLens.rateClaim?[1]', 'vscode://file/etc/passwd', 'data:text/html,<b>',
    'file:///etc/passwd', 'https://user:pw@example.org/', 'https://example.org/a\n[x](command:y)', 'https://exa mple.org/', 'https://example.org/a\u2028b',
    '//example.org/', 'example.org', '', 'https://' + 'a'.repeat(3000) + '.org', undefined, null, 42, {}, ['https://example.org/'],
  ]) assert.equal(httpUrl(bad), undefined, String(bad));
});

test('isLoopbackHost: localhost and 127.x only', () => {
  assert.ok(isLoopbackHost('127.0.0.1'));
  assert.ok(isLoopbackHost('localhost'));
  assert.ok(isLoopbackHost('[::1]'));
  assert.ok(!isLoopbackHost('127.0.0.1.evil.example'));
  assert.ok(!isLoopbackHost('example.org'));
});
