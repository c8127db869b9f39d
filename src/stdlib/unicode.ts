// Native parts of package unicode.

import type { NativeImpl } from '../vm/native';

export const natives: Record<string, NativeImpl> = {};
