// Native parts of package strconv: formatting and parsing numbers, quoting
// and unquoting literals. The algorithms live in ./strconv/, shared with fmt;
// this file adapts them to the VM's calling convention (vm/native.ts).

import type { NativeHost, NativeImpl } from '../vm/native';
import { Iface } from '../vm/value';
import { atoi, parseInt, parseUint } from './strconv/atoi';
import { parseFloat } from './strconv/atof';
import { formatFloat } from './strconv/ftoa';
import { canBackquote, isGraphic, isPrint, quote, quoteRuneWith, quoteToASCII, quoteToGraphic, quotedPrefix, unquote, unquoteChar } from './strconv/quote';

function goPanic(h: NativeHost, msg: string): never {
  return h.panic(new Iface(h.type('string'), msg));
}

function formatBase(h: NativeHost, i: number | bigint, base: number): string {
  if (base < 2 || base > 36) goPanic(h, 'strconv: illegal AppendInt/FormatInt base');
  return i.toString(base);
}

export const natives: Record<string, NativeImpl> = {
  'strconv.Itoa': { fn: (_h, [i]) => String(i) },
  'strconv.FormatInt': { fn: (h, [i, base]) => formatBase(h, i as number | bigint, base as number) },
  'strconv.FormatUint': { fn: (h, [i, base]) => formatBase(h, i as number | bigint, base as number) },
  'strconv.FormatFloat': {
    fn: (h, [f, fmt, prec, bitSize]) => {
      if (bitSize !== 32 && bitSize !== 64) goPanic(h, 'strconv: illegal AppendFloat/FormatFloat bitSize');
      return formatFloat(f as number, fmt as number, prec as number, bitSize);
    },
  },
  'strconv.atoi': { fn: (_h, [s]) => atoi(s as string) },
  'strconv.parseInt': { fn: (_h, [s, base, bitSize]) => parseInt(s as string, base as number, bitSize as number) },
  'strconv.parseUint': { fn: (_h, [s, base, bitSize]) => parseUint(s as string, base as number, bitSize as number) },
  'strconv.parseFloat': { fn: (_h, [s, bitSize]) => parseFloat(s as string, bitSize as number) },
  'strconv.Quote': { fn: (_h, [s]) => quote(s as string) },
  'strconv.QuoteToASCII': { fn: (_h, [s]) => quoteToASCII(s as string) },
  'strconv.QuoteToGraphic': { fn: (_h, [s]) => quoteToGraphic(s as string) },
  'strconv.QuoteRune': { fn: (_h, [r]) => quoteRuneWith(r as number, false, false) },
  'strconv.QuoteRuneToASCII': { fn: (_h, [r]) => quoteRuneWith(r as number, true, false) },
  'strconv.QuoteRuneToGraphic': { fn: (_h, [r]) => quoteRuneWith(r as number, false, true) },
  'strconv.CanBackquote': { fn: (_h, [s]) => canBackquote(s as string) },
  'strconv.IsPrint': { fn: (_h, [r]) => isPrint(r as number) },
  'strconv.IsGraphic': { fn: (_h, [r]) => isGraphic(r as number) },
  'strconv.unquote': {
    fn: (_h, [s]) => {
      const t = unquote(s as string);
      return t === null ? ['', false] : [t, true];
    },
  },
  'strconv.unquoteChar': {
    fn: (_h, [s, q]) => {
      const u = unquoteChar(s as string, q as number);
      return u === null ? [0, false, '', false] : [u.value, u.multibyte, u.tail, true];
    },
  },
  'strconv.quotedPrefix': {
    fn: (_h, [s]) => {
      const t = quotedPrefix(s as string);
      return t === null ? ['', false] : [t, true];
    },
  },
};
