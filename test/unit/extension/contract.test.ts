import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { COMMANDS, SETTING_KEYS } from '../../../src/extension/contract';
import { ROOT } from '../../support/root';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { commands: { command: string }[]; configuration: { properties: Record<string, unknown> }; menus: Record<string, { command: string }[]> };
};

test('the command table is exactly the commands package.json contributes, and every menu entry names one of them', () => {
  const contributed = pkg.contributes.commands.map((c) => c.command).sort();
  assert.deepEqual([...Object.values(COMMANDS)].sort(), contributed);
  for (const [menu, entries] of Object.entries(pkg.contributes.menus)) {
    for (const e of entries) assert.ok((Object.values(COMMANDS) as string[]).includes(e.command), `${menu}: ${e.command}`);
  }
});

test('the settings read (config.ts) are exactly the settings package.json declares', () => {
  const declared = Object.keys(pkg.contributes.configuration.properties).map((k) => k.replace(/^claimLens\./, '')).sort();
  assert.deepEqual([...SETTING_KEYS].sort(), declared);
});
