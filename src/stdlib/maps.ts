// Native parts of package maps.

import type { NativeImpl } from '../vm/native';

export const natives: Record<string, NativeImpl> = {};
