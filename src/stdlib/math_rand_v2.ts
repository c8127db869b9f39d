// Native parts of package math/rand/v2.

import type { NativeImpl } from '../vm/native';

export const natives: Record<string, NativeImpl> = {};
