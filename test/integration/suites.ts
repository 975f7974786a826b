/**
 * The integration suites both hosts run, listed once. The desktop (node)
 * entry (index.ts) adds the one suite that needs Node (factCheck.node.test,
 * which serves a fake API from the test itself). Called after the host's
 * mocha is set up, so that the suites register with it.
 */
export function loadSuites(): void {
  require('./extension.test');
  require('./features.test');
  require('./commands.test');
  require('./verdicts.test');
  require('./injection.test');
  require('./types.test');
  require('./language.test');
  require('./formats.test');
  require('./workspaceIndex.test');
  require('./workspaceIndex.test');
}
