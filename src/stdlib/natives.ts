// Every native function of the standard library, by Go's full name
// (`fmt.Println`, `strings.Repeat`, `sync.(*WaitGroup).Wait`, `time.Duration.String`).
// Each package's natives live in the file named after the package.

import type { NativeImpl } from '../vm/native';
import { natives as bufio } from './bufio';
import { natives as bytes } from './bytes';
import { natives as cmp } from './cmp';
import { natives as context } from './context';
import { natives as errors } from './errors';
import { natives as fmt } from './fmt';
import { natives as io } from './io';
import { natives as maps } from './maps';
import { natives as math } from './math';
import { natives as math_bits } from './math_bits';
import { natives as math_rand } from './math_rand';
import { natives as math_rand_v2 } from './math_rand_v2';
import { natives as os } from './os';
import { natives as net } from './net';
import { natives as runtime } from './runtime';
import { natives as slices } from './slices';
import { natives as sort } from './sort';
import { natives as strconv } from './strconv';
import { natives as strings } from './strings';
import { natives as sync } from './sync';
import { natives as sync_atomic } from './sync_atomic';
import { natives as time } from './time';
import { natives as unicode } from './unicode';
import { natives as unicode_utf8 } from './unicode_utf8';

export const natives: Record<string, NativeImpl> = {
  ...bufio,
  ...bytes,
  ...cmp,
  ...context,
  ...errors,
  ...fmt,
  ...io,
  ...maps,
  ...math,
  ...math_bits,
  ...math_rand,
  ...math_rand_v2,
  ...os,
  ...net,
  ...runtime,
  ...slices,
  ...sort,
  ...strconv,
  ...strings,
  ...sync,
  ...sync_atomic,
  ...time,
  ...unicode,
  ...unicode_utf8,
};
