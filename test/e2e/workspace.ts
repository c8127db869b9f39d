// The folders and settings the end-to-end run opens: a copy of examples/ with
// a launch.json (the Run and Debug view starts what it names), and user
// settings that keep the workbench quiet (no welcome page, trust prompt,
// chat side bar or update checks) so screenshots show the debugger.

import * as fs from 'fs';
import * as path from 'path';

export const LESSON = '06_multiple_goroutines.go';
export const LAUNCH_NAME = 'gosim: 06_multiple_goroutines';

/** Copies the lessons into `<parent>/examples` and returns that folder. */
export function writeWorkspace(parent: string, examples: string): string {
  const folder = path.join(parent, 'examples');
  fs.mkdirSync(path.join(folder, '.vscode'), { recursive: true });
  for (const f of fs.readdirSync(examples)) if (f.endsWith('.go')) fs.copyFileSync(path.join(examples, f), path.join(folder, f));
  const launch = {
    version: '0.2.0',
    configurations: [{ type: 'gosim', request: 'launch', name: LAUNCH_NAME, program: `\${workspaceFolder}/${LESSON}`, gomaxprocs: 2 }],
  };
  fs.writeFileSync(path.join(folder, '.vscode', 'launch.json'), JSON.stringify(launch, null, 2));
  return folder;
}

export function workbenchSettings(): Record<string, unknown> {
  return {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.colorTheme': 'Default Dark Modern',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'chat.disableAIFeatures': true,
    'git.enabled': false,
    'editor.minimap.enabled': false,
    'debug.internalConsoleOptions': 'openOnSessionStart',
    'debug.openDebug': 'openOnSessionStart',
    'debug.console.closeOnEnd': false,
    'window.restoreWindows': 'none',
  };
}
