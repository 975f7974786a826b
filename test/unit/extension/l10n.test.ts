import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import type * as TS from 'typescript';
import { ROOT } from '../../support/root';

/**
 * The extension's user-facing strings go through `vscode.l10n.t` (or, in its
 * pure modules, `l10n.t` of src/extension/l10n.ts): a translation is a bundle
 * file, not a code change. Read from the source's syntax tree (the TypeScript
 * compiler, loaded at run time, not bundled), so a comment or a string that
 * merely looks like a call is not taken for one.
 */
const ts: typeof TS = createRequire(join(ROOT, 'package.json'))('typescript');
const EXTENSION = join(ROOT, 'src', 'extension');
const files = readdirSync(EXTENSION, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join(EXTENSION, f));

/** Properties whose string value a person reads (quick picks, input boxes, dialogs, commands' titles, tree items, status items). */
const SHOWN_PROPERTIES = new Set(['placeHolder', 'prompt', 'title', 'tooltip', 'detail', 'description', 'message', 'label', 'text', 'saveLabel', 'openLabel']);
/** Calls and constructors whose first (or, for a webview panel, second) argument a person reads. */
const SHOWN_ARGUMENT: Record<string, number> = { TreeItem: 0, CodeAction: 0, createWebviewPanel: 1 };
const MESSAGE = /^show(Information|Warning|Error)Message$/;

/**
 * The literals that stay: `file:property:value`, each with why.
 * - status.ts: the language status item's text while nothing is analysed is
 *   the product's name, which is not translated (as the log's name and the
 *   diagnostics' source are not).
 */
const ALLOWED = new Set(['status.ts:text:Claim Lens']);
/** The one l10n.t call whose message is a variable: main.ts hands vscode.l10n.t to the pure modules' translator, which passes their literals on. */
const ALLOWED_CALLS = new Set(['main.ts:vscode.l10n.t(message, ...args)']);

/** The words of a literal: its text outside `${…}`, less codicons (`$(database)`); separators alone (` · `, `, `) are no words. */
function words(node: TS.StringLiteral | TS.NoSubstitutionTemplateLiteral | TS.TemplateExpression): boolean {
  const text = ts.isTemplateExpression(node) ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ') : node.text;
  return /\p{L}/u.test(text.replace(/\$\([\w~-]+\)/g, ''));
}

/** A literal with words that reaches `node` as its value: itself, a value in a template, a branch of `?:`, `??`, `||`, `+` or parentheses. */
function literalIn(node: TS.Expression): TS.Expression | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
    if (words(node)) return node;
    // A template of values and separators: the values may be literals.
    return ts.isTemplateExpression(node) ? node.templateSpans.map((s) => literalIn(s.expression)).find(Boolean) : undefined;
  }
  if (ts.isParenthesizedExpression(node)) return literalIn(node.expression);
  if (ts.isConditionalExpression(node)) return literalIn(node.whenTrue) ?? literalIn(node.whenFalse);
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.PlusToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(node.operatorToken.kind)) {
    return literalIn(node.left) ?? literalIn(node.right);
  }
  return undefined;
}

const calleeName = (e: TS.Expression) => (ts.isPropertyAccessExpression(e) ? e.name.text : ts.isIdentifier(e) ? e.text : '');
const isL10nT = (call: TS.CallExpression) => ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === 't' && /(^|\.)l10n$/.test(call.expression.expression.getText());
const valueOf = (e: TS.Expression) => (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) ? e.text : e.getText());

interface Findings { literal: string[]; notLiteral: string[]; calls: number }

/** The literal user-facing strings of one source text, and its `l10n.t` calls whose message is not a literal. */
export function findings(name: string, source: string): Findings {
  const sf = ts.createSourceFile(name, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const out: Findings = { literal: [], notLiteral: [], calls: 0 };
  const where = (n: TS.Node) => `${name}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const shown = (property: string, value: TS.Expression | undefined) => {
    const lit = value && literalIn(value);
    if (lit && !ALLOWED.has(`${name.split('/').pop()}:${property}:${valueOf(lit)}`)) out.literal.push(`${where(lit)} ${property}: ${lit.getText()}`);
  };
  const visit = (node: TS.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = calleeName(node.expression);
      if (isL10nT(node)) {
        out.calls++;
        const first = node.arguments[0];
        const allowed = ALLOWED_CALLS.has(`${name.split('/').pop()}:${node.getText()}`);
        if (!allowed && (!first || !(ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)))) out.notLiteral.push(`${where(node)} ${node.getText().slice(0, 80)}`);
        return; // its arguments are the values put in the message: names, counts, article text
      }
      if (MESSAGE.test(callee)) node.arguments.forEach((a, i) => shown(i ? 'button' : callee, a));
      if (callee in SHOWN_ARGUMENT) shown(callee, node.arguments[SHOWN_ARGUMENT[callee]]);
    }
    if (ts.isNewExpression(node) && calleeName(node.expression) in SHOWN_ARGUMENT) shown(calleeName(node.expression), node.arguments?.[SHOWN_ARGUMENT[calleeName(node.expression)]]);
    if (ts.isPropertyAssignment(node) && SHOWN_PROPERTIES.has(node.name.getText())) shown(node.name.getText(), node.initializer);
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && SHOWN_PROPERTIES.has(node.left.name.text)) {
      shown(node.left.name.text, node.right);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const all = files.map((f) => findings(relative(EXTENSION, f), readFileSync(f, 'utf8')));

test('no message, button, quick pick, input box, dialog, tree item, status item or command title in src/extension is a literal string', () => {
  assert.ok(files.length > 40, `the extension's sources are read (${files.length})`);
  assert.deepEqual(all.flatMap((f) => f.literal), [], 'wrap them in vscode.l10n.t(\'…\') (l10n.t from ./l10n in a module without vscode)');
});

test('every l10n.t call passes its message as a literal (so it can be extracted into a bundle), the values as arguments', () => {
  assert.ok(all.reduce((n, f) => n + f.calls, 0) > 150, 'the strings go through l10n.t');
  assert.deepEqual(all.flatMap((f) => f.notLiteral), []);
});

test('the checks find what they are for: a literal message, a literal button, a literal placeholder and a message passed in a variable', () => {
  const bad = findings('probe.ts', [
    "void vscode.window.showInformationMessage('Claim Lens: done.');",
    "void vscode.window.showWarningMessage(vscode.l10n.t('Sure?'), 'Yes');",
    "void vscode.window.showErrorMessage(`Claim Lens could not write ${name}`);",
    "void vscode.window.showQuickPick(items, { title: vscode.l10n.t('Pick'), placeHolder: 'Verdict' });",
    "item.tooltip = n ? vscode.l10n.t('{0} claims', n) : 'no claims';",
    "const m = 'Hello'; void vscode.l10n.t(m);",
    "void l10n.t(`Hello ${who}`);",
    '// showInformationMessage(\'in a comment\') is no call',
  ].join('\n'));
  assert.equal(bad.literal.length, 5, bad.literal.join('\n'));
  assert.equal(bad.notLiteral.length, 2, bad.notLiteral.join('\n'));
  const good = findings('probe.ts', "void vscode.window.showInformationMessage(vscode.l10n.t('Claim Lens exported {0} claims to {1}.', n, file), vscode.l10n.t('Open'));\nitem.text = `$(database) ${count}`;");
  assert.deepEqual([good.literal, good.notLiteral, good.calls], [[], [], 2]);
});
