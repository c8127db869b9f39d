// Native parts of package unicode/utf8.

import type { NativeImpl } from '../vm/native';

export const natives: Record<string, NativeImpl> = {};
