import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../support/tempDir';
import { ROOT } from '../support/root';

const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

test('the engine compiles with no host: importing vscode, node:fs or fs into it is a compile error, the engine itself is not', () => {
  const dir = tempDir('claim-lens-boundary-');
  const probes: Record<string, string> = {
    'vscode.ts': "import * as vscode from 'vscode';\nexport const probe = vscode;\n",
    'nodeFs.ts': "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n",
    'fs.ts': "import * as fs from 'fs';\nexport const probe = fs;\n",
    // The engine's entry and the host globals it declares compile under the same settings.
    'engine.ts': `import { createEngine } from ${JSON.stringify(join(ROOT, 'src', 'engine', 'index'))};\nexport const probe = [createEngine, setTimeout, performance?.now()];\n`,
  };
  for (const [name, source] of Object.entries(probes)) writeFileSync(join(dir, name), source);
  // The engine's own tsconfig.json (its types, libraries and paths), checking these files instead of its own.
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    extends: join(ROOT, 'src', 'engine', 'tsconfig.json'),
    compilerOptions: { composite: false, noEmit: true, emitDeclarationOnly: false, declaration: false, rootDir: '/' },
    include: [],
    files: [...Object.keys(probes).map((n) => join(dir, n)), join(ROOT, 'src', 'engine', 'globals.d.ts'), join(ROOT, 'src', 'engine', 'noHostModules.d.ts')],
  }));
  const r = spawnSync(process.execPath, [TSC, '-p', join(dir, 'tsconfig.json'), '--pretty', 'false'], { encoding: 'utf8', timeout: 120_000 });
  const errors = r.stdout.split('\n').filter((l) => /error TS\d+/.test(l));
  const inFile = (name: string) => errors.filter((l) => l.includes(join(dir, name)) || l.startsWith(name) || l.includes(`/${name}(`));
  assert.ok(inFile('vscode.ts').some((l) => /TS2306|TS2307/.test(l)), `vscode: ${r.stdout}`);
  assert.ok(inFile('nodeFs.ts').some((l) => /TS2307/.test(l)), `node:fs: ${r.stdout}`);
  assert.ok(inFile('fs.ts').some((l) => /TS2307/.test(l)), `fs: ${r.stdout}`);
  assert.deepEqual(errors.filter((l) => !/vscode\.ts|nodeFs\.ts|fs\.ts/.test(l)), [], 'nothing else fails: the engine compiles with no host');
});
