// The end-to-end suite's entry point inside VS Code's extension host: the
// module `extensionTestsPath` names, whose `run()` VS Code calls once the
// window is up. Both launchers load it: `npm run test:e2e` (code-server,
// through the smoke-test driver) and `npm run test:vscode`
// (@vscode/test-electron's runTests, on machines that can download VS Code).
//
// Results go to the extension host's console and, when GOSIM_E2E_RESULTS names
// a file (the code-server launcher sets it), to that file as JSON.

import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export interface SuiteResult {
  passed: string[];
  failed: { title: string; error: string }[];
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  for (const f of fs.readdirSync(__dirname).sort()) if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  const result: SuiteResult = { passed: [], failed: [] };
  const out = process.env.GOSIM_E2E_RESULTS;
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      if (out) fs.writeFileSync(out, JSON.stringify(result, null, 2));
      if (failures > 0) reject(new Error(`${failures} end-to-end test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => result.passed.push(t.fullTitle()));
    runner.on('fail', (t, err: Error) => result.failed.push({ title: t.fullTitle(), error: String(err?.stack ?? err) }));
  });
}
