// Native parts of package cmp.

import type { NativeImpl } from '../vm/native';

export const natives: Record<string, NativeImpl> = {};
