// Native parts of package maps: none; it is written in Go (go/maps.go).

import type { NativeImpl } from '../vm/native';

export const natives: Record<string, NativeImpl> = {};
