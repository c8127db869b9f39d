// Native parts of package sort.

import type { NativeImpl } from '../vm/native';

export const natives: Record<string, NativeImpl> = {};
