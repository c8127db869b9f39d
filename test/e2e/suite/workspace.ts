// What the suite's tests share: the extension's id, the lesson they debug (in
// the workspace the launcher opened: a copy of examples/), and waiting.

import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'gosim.gosim';
export const LESSON = '06_multiple_goroutines.go';
/** `fmt.Printf("%s ", c)` in getChars: a line that only a goroutine other than main runs. */
export const GOROUTINE_LINE = 12;

export function lessonUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder: the launcher opens a copy of examples/');
  return vscode.Uri.file(path.join(folder.uri.fsPath, LESSON));
}

export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
