/**
 * The report webview's page: no data in it (the charts come by message and
 * are built with DOM calls), a Content-Security-Policy that allows nothing
 * but the extension's own script (by nonce) and style sheet, and no inline
 * handlers. Pure, so a unit test reads the policy.
 */
export interface PageResources {
  /** The webview's cspSource: where its own resources are served from. */
  cspSource: string;
  script: string;
  style: string;
  nonce: string;
}

/** A fresh nonce: 128 random bits, base64. */
export function makeNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function reportHtml(r: PageResources): string {
  const csp = `default-src 'none'; style-src ${r.cspSource}; script-src 'nonce-${r.nonce}'`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(r.style)}">
<title>Attribution Report</title>
</head>
<body>
<header>
<h1 id="heading">Attribution report</h1>
<div class="toolbar">
<div role="group" aria-label="Report on">
<button type="button" class="scope" data-scope="article" aria-pressed="true">This article</button>
<button type="button" class="scope" data-scope="workspace" aria-pressed="false">Workspace</button>
</div>
<div role="group" aria-label="More">
<button type="button" id="show-data" aria-expanded="false" aria-controls="charts">Show data</button>
<button type="button" class="export" data-format="svg">Export SVG…</button>
<button type="button" class="export" data-format="csv">Export CSV…</button>
</div>
</div>
<p id="note" role="status"></p>
</header>
<main id="charts" aria-live="polite"></main>
<script nonce="${attr(r.nonce)}" src="${attr(r.script)}"></script>
</body>
</html>
`;
}
