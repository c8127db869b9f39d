// code-server for one end-to-end run: a scratch home with everything in it
// (user data, extensions, HOME, TMPDIR, XDG folders), the packaged extension
// installed from its .vsix, and the server started in a process group of its
// own on a free port, with the smoke-test driver on (it lets a page URL load
// an extension test suite and report its end through `codeAutomationExit`).

import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as path from 'path';
import { startGroup } from './processes';

export interface Scratch {
  root: string;
  userData: string;
  extensions: string;
  env: NodeJS.ProcessEnv;
}

/** Makes the scratch folders and an environment whose every per-user path points into them. */
export function makeScratch(root: string, settings: Record<string, unknown>): Scratch {
  fs.rmSync(root, { recursive: true, force: true });
  const dirs = { home: 'home', tmp: 'tmp', config: 'config', data: 'data', cache: 'cache', state: 'state', runtime: 'run', userData: 'user', extensions: 'ext' };
  const at = (k: keyof typeof dirs) => path.join(root, dirs[k]);
  for (const k of Object.keys(dirs) as (keyof typeof dirs)[]) fs.mkdirSync(at(k), { recursive: true, mode: 0o700 });
  fs.mkdirSync(path.join(at('userData'), 'User'), { recursive: true });
  fs.writeFileSync(path.join(at('userData'), 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(npm_|VSCODE_|ELECTRON_)/i.test(k)) env[k] = v;
  Object.assign(env, {
    HOME: at('home'),
    TMPDIR: at('tmp'),
    XDG_CONFIG_HOME: at('config'),
    XDG_DATA_HOME: at('data'),
    XDG_CACHE_HOME: at('cache'),
    XDG_STATE_HOME: at('state'),
    XDG_RUNTIME_DIR: at('runtime'),
  });
  return { root, userData: at('userData'), extensions: at('extensions'), env };
}

function commonArgs(s: Scratch): string[] {
  const config = path.join(s.root, 'config.yaml');
  if (!fs.existsSync(config)) fs.writeFileSync(config, 'auth: none\ncert: false\n');
  return ['--config', config, '--user-data-dir', s.userData, '--extensions-dir', s.extensions];
}

/** `code-server --install-extension`: what ships (the .vsix) is what the run tests. */
export function installExtension(node: string, entry: string, s: Scratch, vsix: string): string {
  return execFileSync(node, [entry, ...commonArgs(s), '--install-extension', vsix], { env: s.env, encoding: 'utf8', timeout: 120_000 });
}

export interface Server {
  url: string;
  pid: number;
  log: string;
}

export async function startCodeServer(node: string, entry: string, s: Scratch, extraEnv: NodeJS.ProcessEnv): Promise<Server> {
  const port = await freePort();
  const log = path.join(s.root, 'code-server.log');
  const args = [
    entry,
    ...commonArgs(s),
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--ignore-last-opened',
    '--reconnection-grace-time', '5',
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  const child = startGroup(node, args, { env: { ...s.env, ...extraEnv }, cwd: s.root, logFile: log });
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 60_000;
  let exited: number | null = null;
  child.on('exit', (code) => (exited = code ?? -1));
  while (Date.now() < until) {
    if (exited !== null) throw new Error(`code-server exited (${exited}) before it was ready; see ${log}`);
    if (await healthy(url)) return { url, pid: child.pid!, log };
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer /healthz within 60 s; see ${log}`);
}

function healthy(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(`${url}/healthz`, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}
