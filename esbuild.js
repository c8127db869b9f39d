// Builds gosim: the CLI, the extension, the debug adapter and the webview bundles,
// copies tree-sitter's wasm files next to them, (with --tests) bundles each test file,
// and (with --e2e) bundles the end-to-end launchers and the suite that runs inside VS Code.
// Every bundle that imports the library's syntax trees gets them parsed afresh by this build.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const root = __dirname;
const dist = path.join(root, 'dist');
const args = new Set(process.argv.slice(2));

const nodeBundle = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: ['vscode'],
  loader: { '.go': 'text' },
  plugins: [libraryTreesPlugin()],
};

let packedLibrary = null;

/**
 * Parses every library package (src/stdlib/sources.ts) with gosim's own parser
 * and packs its tree (src/syntax/packedTree.ts): by import path, once per build.
 */
function packLibrary() {
  if (!packedLibrary) {
    packedLibrary = (async () => {
      const packer = await esbuild.build({
        ...nodeBundle,
        plugins: [],
        sourcemap: false,
        write: false,
        stdin: {
          resolveDir: root,
          loader: 'ts',
          contents: `
            import { parseFile } from './src/syntax/parser';
            import { packTree } from './src/syntax/packedTree';
            import { SourceFile } from './src/syntax/source';
            import { packageSources } from './src/stdlib/sources';
            export async function packLibrary() {
              const packed: Record<string, string> = {};
              for (const [path, text] of Object.entries(packageSources)) {
                const r = await parseFile(new SourceFile(path + '.go', text), { trusted: true });
                if (!r.file) throw new Error('library package ' + path + ' does not parse: ' + r.errors.map(String).join('; '));
                packed[path] = packTree(r.file);
              }
              return packed;
            }`,
        },
      });
      // Run as if it were dist/packLibrary.js, so that the parser finds its wasm files beside it.
      const mod = { exports: {} };
      new Function('module', 'exports', 'require', '__filename', '__dirname', packer.outputFiles[0].text)(mod, mod.exports, require, path.join(dist, 'packLibrary.js'), dist);
      return mod.exports.packLibrary();
    })();
  }
  return packedLibrary;
}

/** Resolves `gosim:library-trees` (declared in src/syntax/libraryTrees.d.ts) to the packed trees of this build. */
function libraryTreesPlugin() {
  return {
    name: 'library-trees',
    setup(build) {
      build.onResolve({ filter: /^gosim:library-trees$/ }, (args) => ({ path: args.path, namespace: 'library-trees' }));
      build.onLoad({ filter: /.*/, namespace: 'library-trees' }, async () => ({
        contents: `export default ${JSON.stringify(await packLibrary())};\n`,
        loader: 'js',
      }));
    },
  };
}

const entries = [
  { in: 'src/cli/main.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  { in: 'bench/main.ts', out: 'dist/bench.js' },
  { in: 'bench/dap.ts', out: 'dist/benchDap.js' },
  { in: 'bench/travel.ts', out: 'dist/benchTravel.js' },
  { in: 'src/extension.ts', out: 'dist/extension.js' },
  { in: 'src/adapter/main.ts', out: 'dist/debugAdapter.js' },
];

function copyWasm() {
  fs.mkdirSync(dist, { recursive: true });
  const wasm = [
    [require.resolve('web-tree-sitter/tree-sitter.wasm'), 'tree-sitter.wasm'],
    [require.resolve('tree-sitter-go/tree-sitter-go.wasm'), 'tree-sitter-go.wasm'],
  ];
  for (const [from, name] of wasm) fs.copyFileSync(from, path.join(dist, name));
}

function testFiles(dir) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      // The end-to-end suite runs inside VS Code (npm run test:e2e), not under plain mocha.
      if (entry.name === 'e2e' && dir === path.join(root, 'test')) continue;
      found.push(...testFiles(p));
    } else if (entry.name.endsWith('.test.ts')) {
      found.push(p);
    }
  }
  return found;
}

async function main() {
  copyWasm();
  const builds = entries
    .filter((e) => fs.existsSync(path.join(root, e.in)))
    .map((e) =>
      esbuild.build({
        ...nodeBundle,
        entryPoints: [path.join(root, e.in)],
        outfile: path.join(root, e.out),
        banner: e.banner ? { js: e.banner } : undefined,
      }),
    );
  if (fs.existsSync(path.join(root, 'webview-ui/main.ts'))) {
    builds.push(
      esbuild.build({
        bundle: true,
        platform: 'browser',
        target: 'es2022',
        format: 'iife',
        sourcemap: true,
        logLevel: 'warning',
        entryPoints: [path.join(root, 'webview-ui/main.ts')],
        outfile: path.join(dist, 'webview.js'),
        // The codicon font, referenced by its stylesheet, lands beside webview.css.
        loader: { '.ttf': 'file' },
        assetNames: '[name]',
      }),
    );
  }
  if (args.has('--tests')) {
    // out/test/e2e is --e2e's: a unit-test build must not pull it from under a running end-to-end suite.
    for (const entry of fs.existsSync(path.join(root, 'out/test')) ? fs.readdirSync(path.join(root, 'out/test')) : []) {
      if (entry !== 'e2e') fs.rmSync(path.join(root, 'out/test', entry), { recursive: true, force: true });
    }
    for (const file of testFiles(path.join(root, 'test'))) {
      const rel = path.relative(root, file).replace(/\.ts$/, '.js');
      builds.push(
        esbuild.build({ ...nodeBundle, external: ['vscode', 'mocha', 'playwright-core'], entryPoints: [file], outfile: path.join(root, 'out', rel) }),
      );
    }
  }
  if (args.has('--e2e')) {
    const e2e = path.join(root, 'test/e2e');
    const files = [
      ...fs.readdirSync(e2e).filter((f) => /^(run|runVsCode)\.ts$/.test(f)).map((f) => path.join(e2e, f)),
      ...fs.readdirSync(path.join(e2e, 'suite')).filter((f) => f === 'index.ts' || f.endsWith('.test.ts')).map((f) => path.join(e2e, 'suite', f)),
    ];
    fs.rmSync(path.join(root, 'out/test/e2e'), { recursive: true, force: true });
    for (const file of files) {
      const rel = path.relative(root, file).replace(/\.ts$/, '.js');
      builds.push(
        esbuild.build({ ...nodeBundle, external: ['vscode', 'mocha', 'playwright-core', '@vscode/test-electron'], entryPoints: [file], outfile: path.join(root, 'out', rel) }),
      );
    }
  }
  await Promise.all(builds);
  const cli = path.join(dist, 'cli.js');
  if (fs.existsSync(cli)) fs.chmodSync(cli, 0o755);
}

main().catch((err) => {
  console.error(err.message || err);
  process.exit(1);
});
