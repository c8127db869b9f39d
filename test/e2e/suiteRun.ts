// Runs the in-host suite (test/e2e/suite) in code-server: a workbench page
// whose URL carries the smoke-test driver's payload `extensionTestsPath`; the
// extension host loads the suite, runs it, and the workbench calls
// `codeAutomationExit(code)` when it ends. The suite writes what passed and
// failed to GOSIM_E2E_RESULTS, which code-server's environment passes down.

import * as fs from 'fs';
import type { Browser } from 'playwright-core';
import type { Server } from './codeServer';
import type { Results } from './results';
import type { SuiteResult } from './suite/index';
import { openWorkbench, remoteAuthority, remoteUri, shoot } from './workbench';

export interface SuiteRunOptions {
  browser: Browser;
  server: Server;
  folder: string;
  /** The installed extension's folder: the smoke-test driver runs a suite only beside a development extension, so the installed one is named as that. */
  extension: string;
  suite: string;
  resultsFile: string;
  results: Results;
  artifacts: string;
  log: (line: string) => void;
}

const SUITE_TIMEOUT_MS = 4 * 60_000;

export async function runSuite(o: SuiteRunOptions): Promise<void> {
  fs.rmSync(o.resultsFile, { force: true });
  const authority = await remoteAuthority(o.server, o.folder);
  let exit: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (exit = resolve));
  o.log('in-host suite: starting');
  const wb = await openWorkbench(o.browser, o.server, o.folder, {
    payload: [
      ['extensionDevelopmentPath', remoteUri(authority, o.extension)],
      ['extensionTestsPath', remoteUri(authority, o.suite)],
    ],
    beforeLoad: (page) => page.exposeFunction('codeAutomationExit', (code: number) => exit(code)),
  });
  const consoleLines: string[] = [];
  wb.page.on('console', (m) => consoleLines.push(m.text()));
  try {
    const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), SUITE_TIMEOUT_MS))]);
    await shoot(wb.page, o.artifacts, '00-in-host-suite');
    o.log(`in-host suite: ended (${code})`);
    if (!fs.existsSync(o.resultsFile)) {
      fs.writeFileSync(`${o.artifacts}/in-host-console.log`, consoleLines.join('\n'));
      o.results.fail('the in-host suite', code === 'timeout' ? `no end within ${SUITE_TIMEOUT_MS / 1000} s` : `exit code ${code} and no results (see in-host-console.log)`);
      return;
    }
    const r = JSON.parse(fs.readFileSync(o.resultsFile, 'utf8')) as SuiteResult;
    for (const t of r.passed) o.results.pass(`in VS Code: ${t}`);
    for (const t of r.failed) o.results.fail(`in VS Code: ${t.title}`, t.error);
    if (code !== 0 && r.failed.length === 0) o.results.fail('the in-host suite', `exit code ${code} with no failed test`);
  } finally {
    await wb.close();
  }
}
