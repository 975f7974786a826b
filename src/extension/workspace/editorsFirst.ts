import * as vscode from 'vscode';
import type { AnalysisStore } from '../store';

/** How often a waiting index looks again whether the editors are done. */
const POLL_MS = 25;

/**
 * The open editors' analyses go first: the workspace index's work on the
 * extension host's thread (reading, checking the language, mapping, the
 * speakers across articles) waits while a visible editor's analysis waits or
 * runs. (On the workers, the pool's priorities do the same.)
 */
export interface EditorsFirst {
  busy(): boolean;
  /** Settles once no visible editor's analysis waits or runs (at once when none does). */
  idle(): Promise<void>;
}

export function editorsFirst(store: AnalysisStore): EditorsFirst {
  const busy = () => vscode.window.visibleTextEditors.some((e) => store.isPending(e.document.uri));
  return {
    busy,
    async idle() {
      while (busy()) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    },
  };
}

/** Steps (of a computation in slices) that pause, between two steps, while the editors are busy. */
export function* politely<T>(steps: Generator<void | Promise<void>, T>, editors: EditorsFirst): Generator<void | Promise<void>, T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    yield editors.busy() ? editors.idle() : r.value;
  }
}
