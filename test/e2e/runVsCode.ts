// `npm run test:vscode`: the in-host suite (test/e2e/suite) in desktop VS Code
// through @vscode/test-electron's runTests, for machines that can download
// VS Code. Machines that reach only package registries cannot: there the
// download fails and this says so; `npm run test:e2e` runs the same suite in
// code-server instead.

import * as fs from 'fs';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { writeWorkspace } from './workspace';

const root = path.resolve(__dirname, '../../..');

async function main(): Promise<number> {
  const scratch = path.join(root, '.e2e', 'vscode-run');
  fs.rmSync(scratch, { recursive: true, force: true });
  const folder = writeWorkspace(scratch, path.join(root, 'examples'));
  const results = path.join(scratch, 'suite-results.json');
  try {
    const code = await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out/test/e2e/suite/index.js'),
      extensionTestsEnv: { GOSIM_E2E_RESULTS: results },
      launchArgs: [folder, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(scratch, 'user')],
      timeout: 30_000,
    });
    return summarise(results, code);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (!fs.existsSync(path.join(root, '.vscode-test')) || /download|fetch|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|getaddrinfo|status code|update\.code/i.test(message)) {
      console.error(
        `test:vscode: could not get VS Code to test in (${message.split('\n')[0]}).\n` +
          '@vscode/test-electron downloads VS Code from Microsoft’s servers, which this machine cannot reach.\n' +
          'Run `npm run test:e2e` instead: the same suite in code-server, installed from the npm registry.',
      );
    } else {
      console.error(`test:vscode: ${message}`);
    }
    console.log('0 passed, 1 failed');
    return 1;
  }
}

function summarise(file: string, code: number): number {
  if (!fs.existsSync(file)) {
    console.log(`the suite wrote no results (VS Code exited ${code})\n0 passed, 1 failed`);
    return 1;
  }
  const r = JSON.parse(fs.readFileSync(file, 'utf8')) as { passed: string[]; failed: { title: string; error: string }[] };
  for (const t of r.failed) console.log(`  ✗ ${t.title}\n      ${t.error.split('\n')[0]}`);
  console.log(`${r.passed.length} passed, ${r.failed.length} failed`);
  return r.failed.length || code ? 1 : 0;
}

main().then((code) => process.exit(code));
