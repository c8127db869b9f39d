// "Run | Debug" over `func main()` in Go files, like the Go extension's, but
// on the simulated runtime.

import * as vscode from 'vscode';
import { DEBUG_FILE_COMMAND, RUN_FILE_COMMAND } from './commands';

export function registerCodeLens(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.languages.registerCodeLensProvider({ language: 'go', scheme: 'file' }, new MainCodeLens()));
}

class MainCodeLens implements vscode.CodeLensProvider {
  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const text = doc.getText();
    if (!/^package main\b/m.test(text)) return [];
    const m = /^func main\(\)/m.exec(text);
    if (!m) return [];
    const range = new vscode.Range(doc.positionAt(m.index), doc.positionAt(m.index + m[0].length));
    return [
      new vscode.CodeLens(range, { title: '$(play) Run (gosim)', command: RUN_FILE_COMMAND, arguments: [doc.uri] }),
      new vscode.CodeLens(range, { title: '$(debug-alt) Debug (gosim)', command: DEBUG_FILE_COMMAND, arguments: [doc.uri] }),
    ];
  }
}
