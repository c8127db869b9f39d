// gosim's extension: F5 on a Go lesson debugs it on the simulated Go runtime,
// with goroutines as threads and the Scheduler panel beside the editor.
// activate() only registers each part; the parts live in src/host/.

import type * as vscode from 'vscode';
import { registerCodeLens } from './host/codeLens';
import { registerCommands } from './host/commands';
import { registerDebugAdapter } from './host/debugAdapter';
import { registerDebugConfiguration } from './host/debugConfiguration';
import { registerDiagnostics } from './host/diagnostics';
import { registerSchedulerPanel } from './host/schedulerPanel';

export function activate(context: vscode.ExtensionContext): void {
  registerDebugAdapter(context);
  registerDebugConfiguration(context);
  registerCommands(context);
  registerCodeLens(context);
  registerDiagnostics(context);
  registerSchedulerPanel(context);
}

export function deactivate(): void {}
