// npm start: Claim Lens in a local VS Code (code-server on 127.0.0.1) with the
// samples folder open, nothing to install by hand. Ctrl-C stops it.
import { join, resolve } from 'node:path';
import { startCodeServer, workbenchUrl } from './codeServer.mjs';
import { ensureHarness, HARNESS } from './install.mjs';

const ROOT = resolve(HARNESS, '..', '..');
const folder = resolve(process.argv[2] ?? join(ROOT, 'samples'));

ensureHarness();
const server = await startCodeServer();
const url = workbenchUrl(server, { folder, extensionPath: ROOT });
process.stdout.write(`\nClaim Lens is running in VS Code ${'1.100.3'} (code-server) with ${folder}:\n\n  ${url}\n\nOpen it in a browser on this machine. Ctrl-C stops it.\n`);
const stop = () => {
  server.stop();
  process.stdout.write('\nStopped.\n');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => {}, 1 << 30);
