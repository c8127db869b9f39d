// package.json's debugger contribution and the launch arguments the adapter
// reads (src/protocol/launch.ts) describe the same attributes.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../support/golden';

describe('host: the gosim debugger contribution', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.json'), 'utf8'));
  const debuggers = pkg.contributes.debuggers as { type: string; languages: string[]; configurationAttributes: { launch: { properties: Record<string, unknown> } } }[];
  const gosim = debuggers.find((d) => d.type === 'gosim')!;

  it('documents every launch attribute the adapter reads, and no other', () => {
    const source = fs.readFileSync(path.join(repoRoot(), 'src/protocol/launch.ts'), 'utf8');
    const body = source.slice(source.indexOf('export interface LaunchArguments'));
    const fields = [...body.slice(0, body.indexOf('\n}')).matchAll(/^ {2}(\w+)\??:/gm)].map((m) => m[1]).filter((f) => f !== 'noDebug');
    assert.deepStrictEqual(Object.keys(gosim.configurationAttributes.launch.properties).sort(), fields.sort());
  });

  it('debugs Go files, with breakpoints in them, in untrusted workspaces too', () => {
    assert.deepStrictEqual(gosim.languages, ['go']);
    assert.ok((pkg.contributes.breakpoints as { language: string }[]).some((b) => b.language === 'go'));
    assert.strictEqual(pkg.capabilities.untrustedWorkspaces.supported, true);
    assert.ok(pkg.activationEvents.includes('onDebugResolve:gosim'));
  });
});
