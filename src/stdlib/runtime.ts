// Native parts of package runtime.

import type { NativeImpl } from '../vm/native';

export const natives: Record<string, NativeImpl> = {};
