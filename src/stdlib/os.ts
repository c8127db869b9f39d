// Native parts of package os.

import type { NativeImpl } from '../vm/native';

export const natives: Record<string, NativeImpl> = {};
