// Native parts of package strconv.

import type { NativeImpl } from '../vm/native';

export const natives: Record<string, NativeImpl> = {};
