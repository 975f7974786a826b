// The same suites in the web extension host (browser): mocha's browser build,
// an assert polyfill (aliased by the build), no Node APIs.
import 'mocha/mocha';
import { loadSuites } from './suites';

declare const mocha: {
  setup(options: { ui: string; reporter?: undefined; timeout: number }): void;
  run(done: (failures: number) => void): void;
};

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.setup({ ui: 'tdd', reporter: undefined, timeout: 30_000 });
    loadSuites();
    mocha.run((failures) => (failures ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
