// Native parts of package strings.

import type { NativeImpl } from '../vm/native';

export const natives: Record<string, NativeImpl> = {};
