// Native parts of package slices.

import type { NativeImpl } from '../vm/native';

export const natives: Record<string, NativeImpl> = {};
