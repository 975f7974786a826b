import Mocha from 'mocha';
import { loadSuites } from './suites';

/**
 * Entry point that VS Code's extension host calls with --extensionTestsPath:
 * runs the bundled mocha suites and rejects when any test fails.
 */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 30_000, color: false, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, 'bundle', mocha);
  loadSuites();
  require('./factCheck.node.test');
  require('./log.node.test');
  require('./workspaceBench.node.test');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
