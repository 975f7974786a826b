// Moves package.json's user-facing strings into package.nls.json (VS Code's
// localisation of a manifest): each literal title, description or message
// becomes a %key% named for where it stands, and its English text goes to
// package.nls.json. A translation is then a package.nls.<locale>.json file.
// Run it after adding a command, a setting or a walkthrough step:
//   node scripts/nls.mjs
// Strings already %key% are left alone; keys no longer used are dropped.
// test/unit/extension/nls.test.ts checks the result.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
let strings = {};
try {
  strings = JSON.parse(readFileSync('package.nls.json', 'utf8'));
} catch {
  // No file yet: every string is new.
}
const used = new Set();

/** `holder[field]` as a %key%: a literal string moves to the strings; a key already there is kept. */
function key(holder, field, name) {
  const value = holder?.[field];
  if (typeof value !== 'string' || value === '') return;
  const existing = /^%(.+)%$/.exec(value);
  if (existing) {
    used.add(existing[1]);
    return;
  }
  strings[name] = value;
  used.add(name);
  holder[field] = `%${name}%`;
}

const c = manifest.contributes;
key(manifest, 'displayName', 'extension.displayName');
key(manifest, 'description', 'extension.description');
for (const cmd of c.commands ?? []) {
  const id = cmd.command.replace(/^claimLens\./, '');
  key(cmd, 'title', `command.${id}.title`);
  key(cmd, 'category', 'command.category');
  key(cmd, 'shortTitle', `command.${id}.shortTitle`);
}
const configurations = Array.isArray(c.configuration) ? c.configuration : [c.configuration];
for (const conf of configurations) {
  if (!conf) continue;
  key(conf, 'title', 'configuration.title');
  for (const [name, prop] of Object.entries(conf.properties ?? {})) {
    const id = name.replace(/^claimLens\./, '');
    for (const field of ['description', 'markdownDescription', 'deprecationMessage', 'markdownDeprecationMessage']) key(prop, field, `setting.${id}.${field}`);
    for (const field of ['enumDescriptions', 'markdownEnumDescriptions']) {
      (prop[field] ?? []).forEach((_, i) => key(prop[field], i, `setting.${id}.${field}.${prop.enum?.[i] ?? i}`));
    }
    if (prop.items) for (const field of ['description', 'markdownDescription']) key(prop.items, field, `setting.${id}.items.${field}`);
  }
}
for (const [where, containers] of Object.entries(c.viewsContainers ?? {})) for (const v of containers) key(v, 'title', `viewsContainer.${where}.${v.id}.title`);
for (const views of Object.values(c.views ?? {})) {
  for (const v of views) {
    key(v, 'name', `view.${v.id}.name`);
    key(v, 'contextualTitle', `view.${v.id}.contextualTitle`);
  }
}
(c.viewsWelcome ?? []).forEach((w, i) => key(w, 'contents', `viewsWelcome.${w.view}.${i}`));
for (const walk of c.walkthroughs ?? []) {
  key(walk, 'title', `walkthrough.${walk.id}.title`);
  key(walk, 'description', `walkthrough.${walk.id}.description`);
  for (const step of walk.steps ?? []) {
    key(step, 'title', `walkthrough.${walk.id}.${step.id}.title`);
    key(step, 'description', `walkthrough.${walk.id}.${step.id}.description`);
    key(step.media, 'altText', `walkthrough.${walk.id}.${step.id}.altText`);
  }
}
for (const t of c.semanticTokenTypes ?? []) key(t, 'description', `semanticTokenType.${t.id}.description`);

const kept = Object.fromEntries(Object.entries(strings).filter(([k]) => used.has(k)).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync('package.json', `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync('package.nls.json', `${JSON.stringify(kept, null, 2)}\n`);
console.log(`package.nls.json: ${Object.keys(kept).length} strings`);
