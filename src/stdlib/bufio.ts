// Native parts of package bufio.

import type { NativeImpl } from '../vm/native';

export const natives: Record<string, NativeImpl> = {};
