// Native parts of package math/rand.

import type { NativeImpl } from '../vm/native';

export const natives: Record<string, NativeImpl> = {};
