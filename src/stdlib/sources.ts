// The Go source of each standard-library package gosim provides: its API, and
// the parts written in Go. Functions declared without a body are implemented
// natively (see natives.ts).

import errors from './go/errors.go';
import fmt from './go/fmt.go';
import io from './go/io.go';
import os from './go/os.go';
import time from './go/time.go';

export const packageSources: Record<string, string> = {
  errors,
  fmt,
  io,
  os,
  time,
};
