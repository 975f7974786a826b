import { type Claim, speakerOf } from '../engine/index';
import * as vscode from 'vscode';
import { claimAt } from './claimAt';
import { setEnabled, settings } from './config';
import { SOURCE_KIND_LABEL } from './labels';
import type { AnalysisStore } from './store';
import { COMMANDS, registerCommand } from './commands';

function claimsOf(store: AnalysisStore, editor: vscode.TextEditor | undefined): Claim[] {
  const entry = editor && store.get(editor.document.uri);
  return entry?.state === 'ready' && entry.version === editor?.document.version ? entry.analysis.claims : [];
}

/** "Nasser Kanani (named person) said: “…”" — a claim as a line to paste into notes. */
export function claimAsText(c: Claim): string {
  const who = speakerOf(c) ?? 'Unattributed';
  return `${who} (${SOURCE_KIND_LABEL[c.sourceKind]}) ${c.cueText}: ${c.contentText}`;
}

/** Next / Previous Claim move to the cue of the neighbouring claim; Copy Claim; Toggle Claim Lens. */
export function registerNavigation(store: AnalysisStore): vscode.Disposable {
  const move = (dir: 1 | -1) => {
    const editor = vscode.window.activeTextEditor;
    const claims = claimsOf(store, editor);
    if (!editor || claims.length === 0) return false;
    const here = editor.document.offsetAt(editor.selection.start);
    const cues = claims.map((c) => c.cue[0].start).sort((a, b) => a - b);
    const target = dir === 1 ? (cues.find((o) => o > here) ?? cues[0]) : ([...cues].reverse().find((o) => o < here) ?? cues[cues.length - 1]);
    const claim = claims.find((c) => c.cue[0].start === target);
    if (!claim) return false;
    const range = new vscode.Range(editor.document.positionAt(claim.cue[0].start), editor.document.positionAt(claim.cue[0].end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return true;
  };
  return vscode.Disposable.from(
    registerCommand(COMMANDS.nextClaim, () => move(1)),
    registerCommand(COMMANDS.previousClaim, () => move(-1)),
    registerCommand(COMMANDS.copyClaim, async () => {
      const editor = vscode.window.activeTextEditor;
      const c = editor && claimAt(claimsOf(store, editor), editor.document.offsetAt(editor.selection.start));
      if (!c) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Claim Lens: there is no claim at the cursor.'));
        return undefined;
      }
      const text = claimAsText(c);
      await vscode.env.clipboard.writeText(text);
      return text;
    }),
    registerCommand(COMMANDS.toggle, async () => {
      const on = !settings().enabled;
      await setEnabled(on);
      void vscode.window.setStatusBarMessage(`Claim Lens ${on ? 'on' : 'off'}`, 3000);
      return on;
    }),
  );
}
