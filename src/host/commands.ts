// Run and Debug buttons in the editor title of a Go file, and the commands
// behind them (also used by the CodeLens over `func main`).

import * as vscode from 'vscode';
import { DEBUG_TYPE } from './debugAdapter';

export const RUN_FILE_COMMAND = 'gosim.runFile';
export const DEBUG_FILE_COMMAND = 'gosim.debugFile';

export function registerCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(RUN_FILE_COMMAND, (uri?: vscode.Uri) => start(uri, true)),
    vscode.commands.registerCommand(DEBUG_FILE_COMMAND, (uri?: vscode.Uri) => start(uri, false)),
  );
}

/** Starts a gosim session on a Go file (the active editor's when none is given). */
async function start(uri: vscode.Uri | undefined, noDebug: boolean): Promise<boolean> {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!target || !target.fsPath.endsWith('.go')) {
    void vscode.window.showInformationMessage('gosim: open a .go file to run it.');
    return false;
  }
  // Run what is on screen: an unsaved lesson is saved first.
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
  if (doc?.isDirty) await doc.save();
  const name = `${noDebug ? 'Run' : 'Debug'} ${target.path.split('/').pop()}`;
  return vscode.debug.startDebugging(vscode.workspace.getWorkspaceFolder(target), { type: DEBUG_TYPE, request: 'launch', name, program: target.fsPath, noDebug }, { noDebug });
}
