// Native parts of package context.

import type { NativeImpl } from '../vm/native';

export const natives: Record<string, NativeImpl> = {};
