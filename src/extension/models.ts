import * as vscode from 'vscode';
import { hasDefaultModels, MODEL_FILES, setDefaultModels } from '../core/models';

/**
 * Reads the shipped models (dist/models) through VS Code's file system, which
 * works in the desktop and the web extension host alike.
 */
export async function loadModels(extensionUri: vscode.Uri): Promise<void> {
  if (hasDefaultModels()) return;
  const [cue, role] = await Promise.all(MODEL_FILES.map((f) => vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', 'models', f))));
  setDefaultModels({ cue, role });
}
