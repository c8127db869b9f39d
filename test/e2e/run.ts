// `npm run test:e2e`: gosim in a real VS Code. Installs what is missing
// (Debian's chromium and libkrb5-dev; Node 24 and code-server into .e2e/),
// packages the extension as a .vsix and installs that into code-server, so what
// ships is what is tested; then
//   1. runs the in-host mocha suite (test/e2e/suite) through the smoke-test
//      driver, which reports its end through `codeAutomationExit`;
//   2. drives the workbench with Playwright as a learner would (test/e2e/ui.ts),
//      with screenshots in test-artifacts/e2e/.
// Prints `N passed, N failed`, exits non-zero on a failure, and kills every
// process group it started, whatever happens.

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Browser, BrowserServer, chromium } from 'playwright-core';
import { installExtension, makeScratch, Scratch, Server, startCodeServer } from './codeServer';
import { ensureTools } from './install';
import { adoptGroup, killAll, killAllNow } from './processes';
import { Results } from './results';
import { runSuite } from './suiteRun';
import { runUi } from './ui';
import { workbenchSettings, writeWorkspace } from './workspace';

const root = path.resolve(__dirname, '../../..');
const artifacts = path.join(root, 'test-artifacts', 'e2e');
/** The whole run after installs: a hung workbench must not hang CI. */
const RUN_TIMEOUT_MS = 10 * 60_000;

const started = Date.now();
/** The run's scratch folder, removed however the run ends. */
let scratchRoot: string | undefined;
const log = (line: string) => console.log(`e2e [${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}`);

async function main(): Promise<number> {
  const results = new Results(log);
  fs.rmSync(artifacts, { recursive: true, force: true });
  fs.mkdirSync(artifacts, { recursive: true });

  const tools = ensureTools(path.join(root, '.e2e'), log);
  log('tools ready');
  const watchdog = setTimeout(() => {
    log(`timed out after ${RUN_TIMEOUT_MS / 60_000} minutes: stopping everything`);
    killAllNow();
    results.print();
    process.exit(1);
  }, RUN_TIMEOUT_MS);

  // Short: code-server's sockets live under it, and a socket path must stay under 108 bytes.
  scratchRoot = path.join('/tmp/e2e-work', `gosim-${process.pid}`);
  let scratch: Scratch | undefined;
  let browserServer: BrowserServer | undefined;
  let browser: Browser | undefined;
  let server: Server | undefined;
  try {
    // GOSIM_E2E_VSIX: test a .vsix made elsewhere instead of packaging this tree.
    const vsix = process.env.GOSIM_E2E_VSIX || path.join(root, '.e2e', 'gosim.vsix');
    const packaged = process.env.GOSIM_E2E_VSIX || (await results.check('the extension packages as a .vsix', () => packageVsix(vsix)));
    scratch = makeScratch(scratchRoot, workbenchSettings());
    const s = scratch;
    const extension = packaged && (await results.check('code-server installs the .vsix: bundles and wasm, no node_modules', () => installVsix(tools.node, tools.codeServer, s, vsix)));
    if (extension) {
      const suiteFolder = writeWorkspace(path.join(s.root, 'ws1'), path.join(root, 'examples'));
      const uiFolder = writeWorkspace(path.join(s.root, 'ws2'), path.join(root, 'examples'));
      const suiteResults = path.join(s.root, 'suite-results.json');
      server = await startCodeServer(tools.node, tools.codeServer, s, { GOSIM_E2E_RESULTS: suiteResults });
      log(`code-server at ${server.url}`);

      browserServer = await chromium.launchServer({
        executablePath: tools.chromium,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        env: s.env,
        handleSIGINT: false,
        handleSIGTERM: false,
      });
      const pid = browserServer.process().pid;
      if (pid) adoptGroup(pid);
      browser = await chromium.connect(browserServer.wsEndpoint());

      await runSuite({ browser, server, folder: suiteFolder, extension, suite: path.join(root, 'out/test/e2e/suite/index.js'), resultsFile: suiteResults, results, artifacts, log });
      await runUi({ browser, server, folder: uiFolder, results, artifacts, log });
    }
  } catch (err) {
    results.fail('the end-to-end run', err);
  } finally {
    clearTimeout(watchdog);
    if (server) keepLog(server.log, 'code-server.log');
    await browser?.close().catch(() => undefined);
    await browserServer?.close().catch(() => undefined);
    await killAll();
    if (scratch) fs.rmSync(scratch.root, { recursive: true, force: true });
  }
  results.print();
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return results.failed.length > 0 ? 1 : 0;
}

/** `vsce package`, as `npm run package` does it, into a file of the run's own. */
function packageVsix(out: string): true {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.rmSync(out, { force: true });
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/@vscode/vsce/vsce'), 'package', ...VSCE_ARGS, '--out', out], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vsce package failed:\n${(r.stderr || r.stdout).trim()}`);
  if (!fs.existsSync(out)) throw new Error(`vsce wrote no ${out}`);
  return true;
}

/** The flags `npm run package` passes too (package.json): the bundles need no node_modules. */
const VSCE_ARGS = ['--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links'];

/** Installs the .vsix and returns the folder code-server unpacked it into. */
function installVsix(node: string, entry: string, scratch: Scratch, vsix: string): string {
  installExtension(node, entry, scratch, vsix);
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
  const dir = path.join(scratch.extensions, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
  if (!fs.existsSync(path.join(dir, 'package.json'))) throw new Error(`no extension in ${dir}: ${fs.readdirSync(scratch.extensions).join(', ')}`);
  for (const f of ['dist/extension.js', 'dist/tree-sitter.wasm', 'dist/tree-sitter-go.wasm']) {
    if (!fs.existsSync(path.join(dir, f))) throw new Error(`the installed extension has no ${f}`);
  }
  const stray = walk(dir).filter((f) => /(^|\/)(node_modules|src|test|out)\/|\.(ts|map)$/.test(f));
  if (stray.length) throw new Error(`the .vsix carries what the extension does not load: ${stray.slice(0, 10).join(', ')}`);
  return dir;
}

function walk(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(dir, path.join(rel, e.name)) : [path.join(rel, e.name)]));
}

function keepLog(file: string, name: string): void {
  try {
    fs.copyFileSync(file, path.join(artifacts, name));
  } catch {
    // No log: the server never started.
  }
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping everything`);
    killAllNow();
    process.exit(130);
  });
}
process.on('exit', () => {
  killAllNow();
  if (scratchRoot) fs.rmSync(scratchRoot, { recursive: true, force: true });
});

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    killAllNow();
    process.exit(1);
  },
);
