// Native parts of package math/bits.

import type { NativeImpl } from '../vm/native';

export const natives: Record<string, NativeImpl> = {};
