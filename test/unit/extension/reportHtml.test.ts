import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeNonce, reportHtml } from '../../../src/extension/report/html';

test('report page: a strict Content-Security-Policy (nothing by default, style from the webview\'s own source, script by nonce only), no inline handler or script', () => {
  const nonce = makeNonce();
  assert.match(nonce, /^[A-Za-z0-9+/]{22}==$/);
  assert.notEqual(makeNonce(), nonce);
  const html = reportHtml({ cspSource: 'https://file+.vscode-resource.vscode-cdn.net', script: 'https://x/dist/webview/report.js', style: 'https://x/dist/webview/report.css', nonce });
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1];
  assert.equal(csp, `default-src 'none'; style-src https://file+.vscode-resource.vscode-cdn.net; script-src 'nonce-${nonce}'`);
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.equal(scripts.length, 1);
  assert.equal(scripts[0][2], '', 'no inline script');
  assert.match(scripts[0][1], new RegExp(`nonce="${nonce.replace(/[+/]/g, '\\$&')}" src="https://x/dist/webview/report.js"`));
  assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline handler');
  assert.doesNotMatch(html, /style="/, 'no inline style');
  assert.doesNotMatch(html.split('https://file+.vscode-resource.vscode-cdn.net').join(''), /https?:\/\/(?!x\/)/, 'nothing from elsewhere');
});
