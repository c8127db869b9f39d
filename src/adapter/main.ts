// The gosim debug adapter as a program of its own (dist/debugAdapter.js): the
// same session the extension runs inline, speaking DAP over stdin/stdout.
// The DAP tests and any other client use it this way.

import { DebugSession } from '@vscode/debugadapter';
import { GosimSession } from './session';

DebugSession.run(GosimSession);
