// Compile errors in the Problems view. The adapter reports them with the
// custom event gosim/compileErrors when a launch does not compile (and an
// empty list when it does); they stay until the next launch of that file or
// until the file is edited. A missing import gets a quick fix.

import * as vscode from 'vscode';
import { COMPILE_ERRORS_EVENT, CompileErrorsEventBody } from '../protocol/dap';
import { DEBUG_TYPE } from './debugAdapter';
import { importEdit, missingPackage } from './missingImport';

export function registerDiagnostics(context: vscode.ExtensionContext): void {
  const collection = vscode.languages.createDiagnosticCollection('gosim');
  context.subscriptions.push(
    collection,
    vscode.debug.onDidReceiveDebugSessionCustomEvent((e) => {
      if (e.session.type === DEBUG_TYPE && e.event === COMPILE_ERRORS_EVENT) show(collection, e.body as CompileErrorsEventBody);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length && collection.has(e.document.uri)) collection.delete(e.document.uri);
    }),
    vscode.languages.registerCodeActionsProvider({ language: 'go' }, new MissingImportFix(), { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
  );
}

function show(collection: vscode.DiagnosticCollection, body: CompileErrorsEventBody): void {
  collection.delete(vscode.Uri.file(body.program));
  const byFile = new Map<string, vscode.Diagnostic[]>();
  for (const e of body.errors) {
    // Go counts columns in bytes; for the ASCII of most lessons that is the character.
    const start = new vscode.Position(Math.max(0, e.line - 1), Math.max(0, e.column - 1));
    const word = /^undefined: (\w+)/.exec(e.message)?.[1];
    const range = new vscode.Range(start, start.translate(0, word ? word.length : 1));
    const d = new vscode.Diagnostic(range, e.message, vscode.DiagnosticSeverity.Error);
    d.source = 'gosim';
    const list = byFile.get(e.file) ?? [];
    list.push(d);
    byFile.set(e.file, list);
  }
  for (const [file, list] of byFile) collection.set(vscode.Uri.file(file), list);
}

class MissingImportFix implements vscode.CodeActionProvider {
  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, ctx: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const d of ctx.diagnostics) {
      const path = d.source === 'gosim' ? missingPackage(d.message) : null;
      if (!path) continue;
      const e = importEdit(doc.getText(), path);
      const action = new vscode.CodeAction(`Add import "${path}"`, vscode.CodeActionKind.QuickFix);
      action.diagnostics = [d];
      action.isPreferred = true;
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(doc.uri, new vscode.Range(e.start, 0, e.end, 0), e.text);
      actions.push(action);
    }
    return actions;
  }
}
