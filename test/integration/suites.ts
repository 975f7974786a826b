/**
 * The integration suites both hosts run, listed once. The desktop (node)
 * entry (index.ts) adds the suites that need Node (factCheck.node.test,
 * which serves a fake API from the test itself; log.node.test, which reads
 * the log's file). Called after the host's
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
  require('./report.test');
  require('./firstMinutes.test');
  require('./workspaceIndex.test');
}
