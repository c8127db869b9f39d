// The webview's side of VS Code: posting typed messages to the host and
// keeping the panel's own state across hide/show and restore.

import type { PanelState, PanelToHost } from '../src/protocol/panel';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export interface Host {
  post(message: PanelToHost): void;
  state(): PanelState;
  saveState(state: PanelState): void;
}

export function connectHost(): Host {
  const api = acquireVsCodeApi();
  return {
    post: (m) => api.postMessage(m),
    state: () => (api.getState() as PanelState | undefined) ?? {},
    saveState: (s) => api.setState(s),
  };
}
