// The Scheduler panel's entry point, loaded by the webview's HTML
// (src/host/schedulerPanel.ts): connects to VS Code, checks each message the
// host sends, and hands it to the view. Then it tells the host it is ready, so
// the host replays the current session's snapshot and events.

import '@vscode/codicons/dist/codicon.css';
import './panel.css';
import { parseHostMessage } from './hostMessages';
import { SchedulerView } from './schedulerView';
import { connectHost } from './vscodeApi';

const host = connectHost();
const view = new SchedulerView(document.getElementById('app') ?? document.body, host);

window.addEventListener('message', (e: MessageEvent) => {
  const msg = parseHostMessage(e.data);
  if (msg) view.receive(msg);
  else console.warn('gosim panel: ignored a malformed message', e.data && (e.data as { type?: unknown }).type);
});

host.post({ type: 'panel/ready' });
