// Launch configurations: F5 on a .go file with no launch.json debugs that
// file (resolveDebugConfiguration fills in `program: ${file}`); the Run and
// Debug view offers "gosim: Debug current file" (a dynamic configuration);
// a new launch.json starts with one gosim configuration.

import * as vscode from 'vscode';
import { DEBUG_TYPE } from './debugAdapter';

export function registerDebugConfiguration(context: vscode.ExtensionContext): void {
  const provider = new GosimConfigurationProvider();
  context.subscriptions.push(
    vscode.debug.registerDebugConfigurationProvider(DEBUG_TYPE, provider),
    vscode.debug.registerDebugConfigurationProvider(DEBUG_TYPE, { provideDebugConfigurations: () => [currentFile()] }, vscode.DebugConfigurationProviderTriggerKind.Dynamic),
  );
}

/** Debugs the file in the active editor. */
export function currentFile(noDebug = false): vscode.DebugConfiguration {
  return { type: DEBUG_TYPE, request: 'launch', name: noDebug ? 'gosim: Run current file' : 'gosim: Debug current file', program: '${file}', noDebug: noDebug || undefined };
}

class GosimConfigurationProvider implements vscode.DebugConfigurationProvider {
  /** The configurations a new launch.json starts with. */
  provideDebugConfigurations(): vscode.DebugConfiguration[] {
    return [{ type: DEBUG_TYPE, request: 'launch', name: 'Debug lesson (gosim)', program: '${file}', gomaxprocs: 4 }];
  }

  /** F5 without launch.json arrives here with an empty configuration: debug the Go file being edited. */
  resolveDebugConfiguration(_folder: vscode.WorkspaceFolder | undefined, config: vscode.DebugConfiguration): vscode.DebugConfiguration | undefined {
    if (!config.type && !config.request && !config.name) {
      const doc = vscode.window.activeTextEditor?.document;
      if (doc?.languageId !== 'go') {
        void vscode.window.showInformationMessage('gosim debugs Go files: open a .go lesson, then press F5.');
        return undefined;
      }
      return currentFile();
    }
    if (!config.program) {
      void vscode.window.showErrorMessage('gosim: the launch configuration needs a "program" (the .go file to run), e.g. "${file}".');
      return undefined;
    }
    return config;
  }
}
