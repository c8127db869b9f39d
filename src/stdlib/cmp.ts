// Native parts of package cmp: none; it is written in Go (go/cmp.go).

import type { NativeImpl } from '../vm/native';

export const natives: Record<string, NativeImpl> = {};
