// Native parts of package net: waiting in the network poller.

import type { G } from '../runtime/g';
import type { Machine } from '../runtime/machine';
import * as sched from '../runtime/sched';
import type { NativeImpl } from '../vm/native';
import { PARK } from '../vm/native';

export const natives: Record<string, NativeImpl> = {
  'net.pollWait': {
    frames: [
      { name: 'internal/poll.runtime_pollWait', file: 'runtime/netpoll.go', line: 305 },
      { name: 'internal/poll.(*pollDesc).wait', file: 'internal/poll/fd_poll_runtime.go', line: 84 },
    ],
    fn(h) {
      const m = h.machine as Machine;
      const g = h.g as G;
      sched.park(m, g, 'IO wait', null);
      // A goroutine in the network poller keeps the program from being deadlocked.
      m.ioWaiters.push(g);
      return PARK;
    },
  },
};
