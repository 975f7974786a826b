import * as vscode from 'vscode';
import type { FactCheckMatch } from '../review/factCheck/client';

/** Results of lookups per claim id, with the change event the hover and the tree listen to. */
export class FactCheckResults implements vscode.Disposable {
  private readonly results = new Map<string, FactCheckMatch[] | { error: string }>();
  private readonly emitter = new vscode.EventEmitter<string>();
  readonly onDidChange = this.emitter.event;
  get(id: string): FactCheckMatch[] | { error: string } | undefined {
    return this.results.get(id);
  }
  set(id: string, r: FactCheckMatch[] | { error: string }): void {
    this.results.set(id, r);
    this.emitter.fire(id);
  }
  dispose(): void {
    this.emitter.dispose();
  }
}
