// Native parts of package errors.

import type { NativeImpl } from '../vm/native';

export const natives: Record<string, NativeImpl> = {};
