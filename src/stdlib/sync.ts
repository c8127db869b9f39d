// Native parts of package sync.

import type { NativeImpl } from '../vm/native';

export const natives: Record<string, NativeImpl> = {};
