// Native parts of package bytes.

import type { NativeImpl } from '../vm/native';

export const natives: Record<string, NativeImpl> = {};
