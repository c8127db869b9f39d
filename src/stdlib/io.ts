// Native parts of package io.

import type { NativeImpl } from '../vm/native';

export const natives: Record<string, NativeImpl> = {};
