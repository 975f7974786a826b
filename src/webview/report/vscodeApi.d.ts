/** What VS Code gives a webview's script (once per page). */
declare function acquireVsCodeApi(): { postMessage(message: unknown): void };
