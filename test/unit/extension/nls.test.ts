import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../../support/root';

/**
 * The manifest's user-facing strings live in package.nls.json (a translation
 * is a package.nls.<locale>.json file, not a code change): every %key% in
 * package.json has its string, every string is used, and no command title,
 * setting description, view name or walkthrough text is left literal.
 */
const manifestText = readFileSync(join(ROOT, 'package.json'), 'utf8');
const manifest = JSON.parse(manifestText);
const strings: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));
const literal = (s: unknown) => typeof s === 'string' && !/^%[^%]+%$/.test(s);

test('every %key% in package.json has its English string, and every string in package.nls.json is used', () => {
  const keys = new Set([...manifestText.matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]));
  assert.ok(keys.size > 50, `the manifest names its strings by key (${keys.size})`);
  for (const k of keys) assert.ok(typeof strings[k] === 'string' && strings[k].trim() !== '', `package.nls.json has "${k}"`);
  for (const k of Object.keys(strings)) assert.ok(keys.has(k), `"${k}" in package.nls.json is used by package.json`);
});

test('no command title, setting description, view name or walkthrough text in package.json is left literal', () => {
  const c = manifest.contributes;
  const left: string[] = [];
  const check = (where: string, value: unknown) => { if (literal(value)) left.push(`${where}: ${String(value)}`); };
  check('displayName', manifest.displayName);
  check('description', manifest.description);
  for (const cmd of c.commands) { check(`${cmd.command} title`, cmd.title); check(`${cmd.command} category`, cmd.category); }
  for (const [name, prop] of Object.entries<Record<string, unknown>>(c.configuration.properties)) {
    check(`${name} description`, prop.description ?? prop.markdownDescription);
    for (const d of (prop.enumDescriptions ?? prop.markdownEnumDescriptions ?? []) as unknown[]) check(`${name} enum description`, d);
  }
  for (const views of Object.values<{ id: string; name: string }[]>(c.views)) for (const v of views) check(`view ${v.id}`, v.name);
  for (const w of c.viewsWelcome) check(`welcome of ${w.view}`, w.contents);
  for (const walk of c.walkthroughs) {
    check(`walkthrough ${walk.id}`, walk.title);
    for (const step of walk.steps) { check(`step ${step.id} title`, step.title); check(`step ${step.id} description`, step.description); }
  }
  assert.deepEqual(left, [], 'run node scripts/nls.mjs to move them into package.nls.json');
});
