// Native parts of package fmt.

import type { NativeImpl } from '../vm/native';

export const natives: Record<string, NativeImpl> = {};
