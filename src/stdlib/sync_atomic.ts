// Native parts of package sync/atomic.

import type { NativeImpl } from '../vm/native';

export const natives: Record<string, NativeImpl> = {};
