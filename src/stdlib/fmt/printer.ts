// The printer behind Print, Println, Printf and Errorf: walking the format
// string (flags, width, precision, argument indexes, verbs), the %! reports
// for bad verbs and arguments, and deciding when a value's own String, Error,
// GoString or Format method prints it.
//
// The printer itself never calls Go code. When a method must run it asks its
// MethodLink for the method's outcome: the fast path's link gives up (the
// caller then starts over on the slow path), the slow path first records the
// calls and then replays their outcomes (methods.ts).

import type { FuncProto } from '../../vm/func';
import { Kind, RType } from '../../vm/rtype';
import { decodeRune, getLastWidth } from '../../vm/strings';
import type { Iface, Slice } from '../../vm/value';
import { runeText, V_p, V_q, V_s, V_T, V_v, V_w, V_x, V_X, ValuePrinter } from './values';

export type MethodName = 'Format' | 'GoString' | 'Error' | 'String';

/** What a Formatter's State reports: the verb's flags, width and precision. */
export interface StateFields {
  wid: number;
  prec: number;
  widOK: boolean;
  precOK: boolean;
  /** The flag characters that are set, from "-+# 0". */
  flags: string;
}

/** A method the printer needs the result of. */
export interface MethodCall {
  method: MethodName;
  fn: FuncProto;
  type: RType;
  recv: unknown;
  verb: number;
  /** For Format: the State the method sees. */
  state: StateFields | null;
}

/** What came of a method call. */
export type Outcome =
  | { kind: 'ok'; text: string }
  /** The method panicked; partial is what Format wrote before. */
  | { kind: 'panic'; partial: string; nilReceiver: boolean; message: string }
  /** The method panicked with nil, which recover cannot tell from no panic (Go 1.19). */
  | { kind: 'nilPanic'; partial: string };

export interface MethodLink {
  outcome(call: MethodCall): Outcome;
}

/** Whether fn looks like `func() string` (the compiler may leave signature details unset). */
/** Whether t's method `name` has the signature fmt's interfaces want (Stringer, error, GoStringer, Formatter). */
function hasMethod(t: RType, name: MethodName): boolean {
  const mt = t.methodTypes.get(name);
  if (!mt) return false;
  return mt.str === (name === 'Format' ? 'func(fmt.State, int32)' : 'func() string');
}

/** Basic types Go's printArg formats directly: predeclared, so without methods. */
function isPredeclared(t: RType): boolean {
  return t.pkgPath === '' && ((t.kind >= Kind.Bool && t.kind <= Kind.Complex128) || t.kind === Kind.String);
}

function tooLarge(n: number): boolean {
  return n > 1e6 || n < -1e6;
}

export class Printer extends ValuePrinter {
  /** The format used explicit argument indexes: unused arguments are not reported. */
  private reordered = false;
  private goodArgNum = true;
  /** Errorf: %w may wrap an error argument. */
  wrapErrs = false;
  /** Errorf: Go 1.20 lets several %w wrap several errors; before, a second %w is a bad verb. */
  wrapMany = false;
  /** Errorf: the indexes of the arguments %w wrapped, in the order the verbs came. */
  wrappedArgs: number[] = [];
  /** The index of the argument being printed (for %w). */
  private argIndex = -1;
  // parseNum's second and third results.
  private numOK = false;
  private numEnd = 0;

  constructor(readonly link: MethodLink) {
    super();
  }

  /** Makes a used printer fresh again (the fast path reuses one). */
  reset(): void {
    this.buf = '';
    this.clearFlags();
    this.erroring = false;
    this.wrapErrs = false;
    this.wrapMany = false;
    this.wrappedArgs = [];
  }

  /** Errorf's wrapped arguments: in argument order when the format reordered them (Go 1.20). */
  wrapped(): number[] {
    return this.reordered ? [...this.wrappedArgs].sort((a, b) => a - b) : this.wrappedArgs;
  }

  /** Prints one argument (an interface value, null for nil) with a verb. */
  printArg(arg: Iface | null, verb: number): void {
    if (arg === null) {
      if (verb === V_T || verb === V_v) this.pad('<nil>');
      else this.badVerb(verb, null, null);
      return;
    }
    const t = arg.t;
    const v = arg.v;
    if (verb === V_T) {
      this.fmtS(t.str);
      return;
    }
    if (verb === V_p) {
      this.fmtPointer(t, v, V_p);
      return;
    }
    if (t.str === '[]uint8') {
      this.fmtBytes(t, v, verb, '[]byte');
      return;
    }
    if (isPredeclared(t) || !this.handleMethods(t, v, verb)) this.printValue(t, v, verb, 0, false);
  }

  handleMethods(t: RType, v: unknown, verb: number): boolean {
    if (this.erroring) return false;
    const ms = t.methods;
    if (verb === V_w) {
      // %w is for Errorf, with an error (once, before Go 1.20).
      const err = ms.get('Error');
      if (err === undefined || !hasMethod(t, 'Error') || !this.wrapErrs || (!this.wrapMany && this.wrappedArgs.length > 0)) {
        this.wrappedArgs = [];
        this.wrapErrs = false;
        this.badVerb(verb, t, v);
        return true;
      }
      this.wrappedArgs.push(this.argIndex);
      verb = V_v;
    }
    if (ms.size === 0) return false;
    const format = ms.get('Format');
    if (format !== undefined && hasMethod(t, 'Format')) {
      this.callMethod('Format', format, t, v, verb);
      return true;
    }
    if (this.sharpV) {
      const gs = ms.get('GoString');
      if (gs !== undefined && hasMethod(t, 'GoString')) {
        this.callMethod('GoString', gs, t, v, verb);
        return true;
      }
      return false;
    }
    if (verb === V_v || verb === V_s || verb === V_x || verb === V_X || verb === V_q) {
      const err = ms.get('Error');
      if (err !== undefined && hasMethod(t, 'Error')) {
        this.callMethod('Error', err, t, v, verb);
        return true;
      }
      const str = ms.get('String');
      if (str !== undefined && hasMethod(t, 'String')) {
        this.callMethod('String', str, t, v, verb);
        return true;
      }
    }
    return false;
  }

  /** The State a Formatter sees now. */
  private stateFields(): StateFields {
    let flags = '';
    if (this.minus) flags += '-';
    if (this.plus || this.plusV) flags += '+';
    if (this.sharp || this.sharpV) flags += '#';
    if (this.space) flags += ' ';
    if (this.zero) flags += '0';
    return { wid: this.wid, prec: this.prec, widOK: this.widPresent, precOK: this.precPresent, flags };
  }

  private callMethod(method: MethodName, fn: FuncProto, t: RType, v: unknown, verb: number): void {
    const state = method === 'Format' ? this.stateFields() : null;
    const out = this.link.outcome({ method, fn, type: t, recv: v, verb, state });
    if (out.kind === 'ok') {
      if (method === 'Format') this.buf += out.text;
      else if (method === 'GoString') this.fmtS(out.text);
      else this.fmtString(out.text, verb, t);
      return;
    }
    this.buf += out.partial;
    if (out.kind === 'nilPanic') return;
    // A nil receiver is the likeliest cause, and "<nil>" the nicest report.
    if (out.nilReceiver) {
      this.buf += '<nil>';
      return;
    }
    const saved = this.saveFlags();
    this.clearFlags();
    this.buf += '%!' + runeText(verb) + '(PANIC=' + method + ' method: ' + out.message + ')';
    this.restoreFlags(saved);
  }

  private saveFlags(): number {
    return (
      (this.plus ? 1 : 0) |
      (this.minus ? 2 : 0) |
      (this.sharp ? 4 : 0) |
      (this.space ? 8 : 0) |
      (this.zero ? 16 : 0) |
      (this.plusV ? 32 : 0) |
      (this.sharpV ? 64 : 0) |
      (this.widPresent ? 128 : 0) |
      (this.precPresent ? 256 : 0)
    );
  }

  private restoreFlags(f: number): void {
    this.plus = (f & 1) !== 0;
    this.minus = (f & 2) !== 0;
    this.sharp = (f & 4) !== 0;
    this.space = (f & 8) !== 0;
    this.zero = (f & 16) !== 0;
    this.plusV = (f & 32) !== 0;
    this.sharpV = (f & 64) !== 0;
    this.widPresent = (f & 128) !== 0;
    this.precPresent = (f & 256) !== 0;
  }

  /** Print and Sprint: spaces between operands when neither side is a string. */
  doPrint(a: Slice | null): void {
    if (a === null) return;
    let prevString = false;
    for (let i = 0; i < a.len; i++) {
      const arg = a.a[a.off + i] as Iface | null;
      const isString = arg !== null && arg.t.kind === Kind.String;
      if (i > 0 && !isString && !prevString) this.buf += ' ';
      this.printArg(arg, V_v);
      prevString = isString;
    }
  }

  /** Println and Sprintln: spaces between all operands, and a newline. */
  doPrintln(a: Slice | null): void {
    if (a !== null) {
      for (let i = 0; i < a.len; i++) {
        if (i > 0) this.buf += ' ';
        this.printArg(a.a[a.off + i] as Iface | null, V_v);
      }
    }
    this.buf += '\n';
  }

  /** A decimal number at s[i..end): returns it, with numOK and numEnd set. */
  private parseNum(s: string, i: number, end: number): number {
    let num = 0;
    this.numOK = false;
    for (; i < end; i++) {
      const d = s.charCodeAt(i) - 0x30;
      if (d < 0 || d > 9) break;
      // An absurdly long number ends the format.
      if (tooLarge(num)) {
        this.numOK = false;
        this.numEnd = end;
        return 0;
      }
      num = num * 10 + d;
      this.numOK = true;
    }
    this.numEnd = i;
    return num;
  }

  /**
   * An argument index [n] at format[i]: returns the argument number to use
   * next, with numEnd set past the index and numOK whether one was found.
   */
  private argNumber(argNum: number, format: string, i: number, numArgs: number): number {
    if (i >= format.length || format.charCodeAt(i) !== 0x5b) {
      this.numOK = false;
      this.numEnd = i;
      return argNum;
    }
    this.reordered = true;
    // [n]: at least three bytes, n one-based.
    let index = 0;
    let wid = 1;
    let ok = false;
    if (format.length - i >= 3) {
      for (let j = i + 1; j < format.length; j++) {
        if (format.charCodeAt(j) !== 0x5d) continue;
        const n = this.parseNum(format, i + 1, j);
        wid = j - i + 1;
        if (this.numOK && this.numEnd === j) {
          index = n - 1;
          ok = true;
        }
        break;
      }
    }
    this.numEnd = i + wid;
    this.numOK = ok;
    if (ok && index >= 0 && index < numArgs) return index;
    this.goodArgNum = false;
    return argNum;
  }

  /** A width or precision taken from an argument (an integer of any type within ±1e6); sets numOK. */
  private intFromArg(a: Slice | null, argNum: number): number {
    this.numOK = false;
    if (a === null || argNum >= a.len) return 0;
    const arg = a.a[a.off + argNum] as Iface | null;
    let num = 0;
    if (arg !== null && arg.t.kind >= Kind.Int && arg.t.kind <= Kind.Uintptr) {
      const v = arg.v as number | bigint;
      num = typeof v === 'bigint' ? (v > 0n ? 2e6 : -2e6) : v;
      this.numOK = true;
    }
    if (tooLarge(num)) {
      num = 0;
      this.numOK = false;
    }
    return num;
  }

  /** Printf and Sprintf. */
  doPrintf(format: string, a: Slice | null): void {
    const end = format.length;
    const numArgs = a === null ? 0 : a.len;
    let argNum = 0;
    let afterIndex = false;
    this.reordered = false;
    let i = 0;
    while (i < end) {
      this.goodArgNum = true;
      const pct = format.indexOf('%', i);
      if (pct < 0) {
        this.buf += i === 0 ? format : format.slice(i);
        break;
      }
      if (pct > i) this.buf += format.slice(i, pct);
      i = pct + 1;
      this.clearFlags();
      let done = false;
      flags: for (; i < end; i++) {
        const c = format.charCodeAt(i);
        switch (c) {
          case 0x23:
            this.sharp = true;
            break;
          case 0x30:
            this.zero = !this.minus;
            break;
          case 0x2b:
            this.plus = true;
            break;
          case 0x2d:
            this.minus = true;
            this.zero = false;
            break;
          case 0x20:
            this.space = true;
            break;
          default:
            // The common case: flags, then a lower-case verb.
            if (c >= 0x61 && c <= 0x7a && argNum < numArgs) {
              if (c === V_v) this.vFlags();
              this.argIndex = argNum;
              this.printArg(a!.a[a!.off + argNum] as Iface | null, c);
              argNum++;
              i++;
              done = true;
            }
            break flags;
        }
      }
      if (done) continue;

      argNum = this.argNumber(argNum, format, i, numArgs);
      i = this.numEnd;
      afterIndex = this.numOK;

      if (i < end && format.charCodeAt(i) === 0x2a) {
        i++;
        this.wid = this.intFromArg(a, argNum);
        this.widPresent = this.numOK;
        if (argNum < numArgs) argNum++;
        if (!this.widPresent) this.buf += '%!(BADWIDTH)';
        // A negative width from an argument means left alignment.
        if (this.wid < 0) {
          this.wid = -this.wid;
          this.minus = true;
          this.zero = false;
        }
        afterIndex = false;
      } else {
        this.wid = this.parseNum(format, i, end);
        this.widPresent = this.numOK;
        i = this.numEnd;
        if (afterIndex && this.widPresent) this.goodArgNum = false; // "%[3]2d"
      }

      if (i + 1 < end && format.charCodeAt(i) === 0x2e) {
        i++;
        if (afterIndex) this.goodArgNum = false; // "%[3].2d"
        argNum = this.argNumber(argNum, format, i, numArgs);
        i = this.numEnd;
        afterIndex = this.numOK;
        if (i < end && format.charCodeAt(i) === 0x2a) {
          i++;
          this.prec = this.intFromArg(a, argNum);
          this.precPresent = this.numOK;
          if (argNum < numArgs) argNum++;
          if (this.prec < 0) {
            this.prec = 0;
            this.precPresent = false;
          }
          if (!this.precPresent) this.buf += '%!(BADPREC)';
          afterIndex = false;
        } else {
          this.prec = this.parseNum(format, i, end);
          this.precPresent = true;
          if (!this.numOK) this.prec = 0;
          i = this.numEnd;
        }
      }

      if (!afterIndex) {
        argNum = this.argNumber(argNum, format, i, numArgs);
        i = this.numEnd;
        afterIndex = this.numOK;
      }

      if (i >= end) {
        this.buf += '%!(NOVERB)';
        break;
      }

      let verb = format.charCodeAt(i);
      let size = 1;
      if (verb >= 0x80) {
        verb = decodeRune(format, i);
        size = getLastWidth();
      }
      i += size;

      if (verb === 0x25) {
        // %% takes no argument and ignores width and precision.
        this.buf += '%';
      } else if (!this.goodArgNum) {
        this.buf += '%!' + runeText(verb) + '(BADINDEX)';
      } else if (argNum >= numArgs) {
        this.buf += '%!' + runeText(verb) + '(MISSING)';
      } else {
        if (verb === V_v) this.vFlags();
        this.argIndex = argNum;
        this.printArg(a!.a[a!.off + argNum] as Iface | null, verb);
        argNum++;
      }
    }

    // Unused arguments are reported, unless the format picked arguments by index.
    if (!this.reordered && argNum < numArgs) {
      this.clearFlags();
      this.buf += '%!(EXTRA ';
      for (let k = argNum; k < numArgs; k++) {
        if (k > argNum) this.buf += ', ';
        const arg = a!.a[a!.off + k] as Iface | null;
        if (arg === null) this.buf += '<nil>';
        else {
          this.buf += arg.t.str + '=';
          this.printArg(arg, V_v);
        }
      }
      this.buf += ')';
    }
  }

  /** For %v, # means Go syntax and + means field names. */
  private vFlags(): void {
    this.sharpV = this.sharp;
    this.sharp = false;
    this.plusV = this.plus;
    this.plus = false;
  }
}
