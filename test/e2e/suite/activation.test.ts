// The packaged extension as VS Code sees it: it activates on a Go file and
// contributes the `gosim` debugger and the Scheduler command.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, lessonUri, waitFor } from './workspace';

describe('the gosim extension', () => {
  it('is installed', () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} is not among ${vscode.extensions.all.map((e) => e.id).join(', ')}`);
  });

  it('activates when a .go file is opened', async () => {
    const doc = await vscode.workspace.openTextDocument(lessonUri());
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, 'go');
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await waitFor('the extension to activate', () => ext.isActive, 20_000);
  });

  it('contributes the gosim debugger', () => {
    const debuggers = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes?.debuggers ?? [];
    const gosim = debuggers.find((d: { type: string }) => d.type === 'gosim');
    assert.ok(gosim, 'no debugger of type gosim in contributes.debuggers');
    const props = Object.keys(gosim.configurationAttributes?.launch?.properties ?? {});
    for (const attr of ['program', 'gomaxprocs', 'seed', 'preemption', 'time', 'stopOnEntry']) assert.ok(props.includes(attr), `launch attribute ${attr} missing from the schema (has ${props.join(', ')})`);
  });

  it('registers the Show Scheduler command', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('gosim.showScheduler'));
  });
});
