// The arguments a DAP request cannot do without. A client may send anything:
// a request that lacks one (or has it with the wrong JSON type) gets an error
// response naming it, instead of reaching the session.

import type { DebugProtocol } from '@vscode/debugprotocol';

type JsonType = 'number' | 'string' | 'object' | 'array';

const requiredArguments: Record<string, [string, JsonType][]> = {
  stackTrace: [['threadId', 'number']],
  next: [['threadId', 'number']],
  stepIn: [['threadId', 'number']],
  stepOut: [['threadId', 'number']],
  stepBack: [['threadId', 'number']],
  scopes: [['frameId', 'number']],
  restartFrame: [['frameId', 'number']],
  variables: [['variablesReference', 'number']],
  setVariable: [
    ['variablesReference', 'number'],
    ['name', 'string'],
    ['value', 'string'],
  ],
  evaluate: [['expression', 'string']],
  setBreakpoints: [['source', 'object']],
  setFunctionBreakpoints: [['breakpoints', 'array']],
  setExceptionBreakpoints: [['filters', 'array']],
};

/** The first required argument a request lacks (or has of the wrong type), or null. */
export function missingArgument(request: DebugProtocol.Request): string | null {
  const needs = requiredArguments[request.command];
  if (!needs) return null;
  const args = (request.arguments ?? {}) as Record<string, unknown>;
  for (const [name, type] of needs) {
    const v = args[name];
    const ok = type === 'array' ? Array.isArray(v) : type === 'object' ? typeof v === 'object' && v !== null : typeof v === type;
    if (!ok) return name;
  }
  return null;
}
