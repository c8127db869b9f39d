// Native parts of package time.

import type { NativeImpl } from '../vm/native';

export const natives: Record<string, NativeImpl> = {};
