// What gosim's debug adapter can do: the body of its answer to `initialize`,
// the first request of every session. The exception filters are the two ways
// a Go program dies that a user may want to stop at first.

import type { DebugProtocol } from '@vscode/debugprotocol';

export const capabilities: DebugProtocol.Capabilities = {
  supportsConfigurationDoneRequest: true,
  supportsFunctionBreakpoints: true,
  supportsConditionalBreakpoints: true,
  supportsHitConditionalBreakpoints: true,
  supportsLogPoints: true,
  supportsEvaluateForHovers: true,
  supportsSetVariable: true,
  supportsExceptionInfoRequest: true,
  supportsTerminateRequest: true,
  supportsRestartRequest: true,
  supportsDelayedStackTraceLoading: true,
  supportsClipboardContext: true,
  supportsStepBack: true,
  supportsRestartFrame: true,
  exceptionBreakpointFilters: [
    { filter: 'panic', label: 'Unrecovered panics', default: true, description: 'Stop when a panic is about to end the program' },
    { filter: 'fatal', label: 'Fatal errors (deadlock)', default: true, description: 'Stop on fatal errors such as "all goroutines are asleep - deadlock!"' },
  ],
};
