// Native parts of package bufio: none; it is written in Go (go/bufio.go).

import type { NativeImpl } from '../vm/native';

export const natives: Record<string, NativeImpl> = {};
