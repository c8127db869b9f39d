// Native parts of package math.

import type { NativeImpl } from '../vm/native';

export const natives: Record<string, NativeImpl> = {};
