// Printing a Go value by its kind, for one verb: booleans, numbers, strings,
// byte slices, pointers, and the composite kinds (structs, arrays, slices,
// maps) element by element, in %v's, %+v's and %#v's forms.
//
// A value is a (runtime type, VM value) pair (vm/rtype.ts, vm/value.ts).
// Nested values whose type has methods go through handleMethods first, unless
// they were reached through an unexported struct field: Go cannot call
// methods on those, so they print as their plain representation.

import type { Int } from '../../vm/int64';
import { Kind, RType } from '../../vm/rtype';
import { encodeRune } from '../../vm/strings';
import { Complex, GoMap, Iface, Ref, Slice } from '../../vm/value';
import { addressOf } from './address';
import { Fmt } from './format';
import { sortedEntries } from './sortkeys';

// Verbs, as the runes they are.
export const V_b = 0x62;
export const V_c = 0x63;
export const V_d = 0x64;
export const V_e = 0x65;
export const V_E = 0x45;
export const V_f = 0x66;
export const V_F = 0x46;
export const V_g = 0x67;
export const V_G = 0x47;
export const V_o = 0x6f;
export const V_O = 0x4f;
export const V_p = 0x70;
export const V_q = 0x71;
export const V_s = 0x73;
export const V_t = 0x74;
export const V_T = 0x54;
export const V_U = 0x55;
export const V_v = 0x76;
export const V_w = 0x77;
export const V_x = 0x78;
export const V_X = 0x58;

/** The bytes of a []byte or [N]byte value as a byte string. */
export function bytesOf(t: RType, v: unknown): string {
  let a: unknown[];
  let off = 0;
  let len: number;
  if (t.kind === Kind.Slice) {
    if (v === null) return '';
    const s = v as Slice;
    a = s.a;
    off = s.off;
    len = s.len;
  } else {
    a = v as unknown[];
    len = a.length;
  }
  let out = '';
  for (let i = 0; i < len; i++) out += String.fromCharCode(a[off + i] as number);
  return out;
}

/** The value a non-nil pointer points at. */
function deref(elem: RType, p: unknown): unknown {
  // Pointers to structs and arrays are the object itself; others are Refs.
  return elem.isValue ? p : (p as Ref).get();
}

export abstract class ValuePrinter extends Fmt {
  /** Inside a %!verb(...) report: methods are not called. */
  erroring = false;

  /** Calls Format, GoString, Error or String if the verb and the type call for it; true if it printed. */
  abstract handleMethods(t: RType, v: unknown, verb: number): boolean;

  /** %!verb(type=value), or %!verb(<nil>) when t is null. */
  badVerb(verb: number, t: RType | null, v: unknown): void {
    this.erroring = true;
    this.buf += '%!' + runeText(verb) + '(';
    if (t === null) this.buf += '<nil>';
    else {
      this.buf += t.str + '=';
      this.printValue(t, v, V_v, 0, false);
    }
    this.buf += ')';
    this.erroring = false;
  }

  fmtBool(v: boolean, verb: number, t: RType): void {
    if (verb === V_t || verb === V_v) this.fmtBoolean(v);
    else this.badVerb(verb, t, v);
  }

  /** %x with a 0x prefix: how %#v prints unsigned integers and pointers. */
  fmt0x64(u: Int, leading0x: boolean): void {
    const sharp = this.sharp;
    this.sharp = leading0x;
    this.fmtInteger(u, 16, false, V_v, false);
    this.sharp = sharp;
  }

  fmtInt(v: Int, isSigned: boolean, verb: number, t: RType): void {
    switch (verb) {
      case V_v:
        if (this.sharpV && !isSigned) this.fmt0x64(v, true);
        else this.fmtInteger(v, 10, isSigned, verb, false);
        return;
      case V_d:
        return this.fmtInteger(v, 10, isSigned, verb, false);
      case V_b:
        return this.fmtInteger(v, 2, isSigned, verb, false);
      case V_o:
      case V_O:
        return this.fmtInteger(v, 8, isSigned, verb, false);
      case V_x:
        return this.fmtInteger(v, 16, isSigned, verb, false);
      case V_X:
        return this.fmtInteger(v, 16, isSigned, verb, true);
      case V_c:
        return this.fmtC(v);
      case V_q:
        return this.fmtQc(v);
      case V_U:
        return this.fmtUnicode(v);
    }
    this.badVerb(verb, t, v);
  }

  fmtFloatVerb(v: number, size: number, verb: number, t: RType): void {
    switch (verb) {
      case V_v:
        return this.fmtFloat(v, size, V_g, -1);
      case V_b:
      case V_g:
      case V_G:
      case V_x:
      case V_X:
        return this.fmtFloat(v, size, verb, -1);
      case V_f:
      case V_e:
      case V_E:
        return this.fmtFloat(v, size, verb, 6);
      case V_F:
        return this.fmtFloat(v, size, V_f, 6);
    }
    this.badVerb(verb, t, v);
  }

  fmtComplex(c: Complex, size: number, verb: number, t: RType): void {
    switch (verb) {
      case V_v:
      case V_b:
      case V_g:
      case V_G:
      case V_x:
      case V_X:
      case V_f:
      case V_F:
      case V_e:
      case V_E: {
        const oldPlus = this.plus;
        this.buf += '(';
        this.fmtFloatVerb(c.re, size / 2, verb, t);
        // The imaginary part always has a sign.
        this.plus = true;
        this.fmtFloatVerb(c.im, size / 2, verb, t);
        this.buf += 'i)';
        this.plus = oldPlus;
        return;
      }
    }
    this.badVerb(verb, t, c);
  }

  fmtString(s: string, verb: number, t: RType | null): void {
    switch (verb) {
      case V_v:
        if (this.sharpV) this.fmtQ(s);
        else this.fmtS(s);
        return;
      case V_s:
        return this.fmtS(s);
      case V_x:
        return this.fmtSbx(s, false);
      case V_X:
        return this.fmtSbx(s, true);
      case V_q:
        return this.fmtQ(s);
    }
    this.badVerb(verb, t, s);
  }

  /** A byte slice or array: text for %s %q %x %X, numbers for %v and %d. */
  fmtBytes(t: RType, v: unknown, verb: number, typeString: string): void {
    switch (verb) {
      case V_v:
      case V_d: {
        const b = bytesOf(t, v);
        if (this.sharpV) {
          this.buf += typeString;
          if (v === null) {
            this.buf += '(nil)';
            return;
          }
          this.buf += '{';
          for (let i = 0; i < b.length; i++) {
            if (i > 0) this.buf += ', ';
            this.fmt0x64(b.charCodeAt(i), true);
          }
          this.buf += '}';
          return;
        }
        this.buf += '[';
        for (let i = 0; i < b.length; i++) {
          if (i > 0) this.buf += ' ';
          this.fmtInteger(b.charCodeAt(i), 10, false, verb, false);
        }
        this.buf += ']';
        return;
      }
      case V_s:
        return this.fmtS(bytesOf(t, v));
      case V_x:
        return this.fmtSbx(bytesOf(t, v), false);
      case V_X:
        return this.fmtSbx(bytesOf(t, v), true);
      case V_q:
        return this.fmtQ(bytesOf(t, v));
    }
    this.printList(t, v, verb, 0, false);
  }

  /** Pointers, channels, functions, maps and slices as addresses (or their %d, %x... numbers). */
  fmtPointer(t: RType, v: unknown, verb: number): void {
    switch (t.kind) {
      case Kind.Chan:
      case Kind.Func:
      case Kind.Map:
      case Kind.Pointer:
      case Kind.Slice:
      case Kind.UnsafePointer:
        break;
      default:
        this.badVerb(verb, t, v);
        return;
    }
    const u = addressOf(t, v);
    switch (verb) {
      case V_v:
        if (this.sharpV) {
          this.buf += '(' + t.str + ')(';
          if (u === 0) this.buf += 'nil';
          else this.fmt0x64(u, true);
          this.buf += ')';
        } else if (u === 0) this.pad('<nil>');
        else this.fmt0x64(u, !this.sharp);
        return;
      case V_p:
        return this.fmt0x64(u, !this.sharp);
      case V_b:
      case V_o:
      case V_d:
      case V_x:
      case V_X:
        return this.fmtInt(u, false, verb, t);
    }
    this.badVerb(verb, t, v);
  }

  /**
   * Prints a value reached at the given depth (0: the argument itself);
   * ro marks values reached through unexported fields.
   */
  printValue(t: RType, v: unknown, verb: number, depth: number, ro: boolean): void {
    if (depth > 0 && !ro && t.kind !== Kind.Interface && this.handleMethods(t, v, verb)) return;
    switch (t.kind) {
      case Kind.Bool:
        return this.fmtBool(v as boolean, verb, t);
      case Kind.Int:
      case Kind.Int8:
      case Kind.Int16:
      case Kind.Int32:
      case Kind.Int64:
        return this.fmtInt(v as Int, true, verb, t);
      case Kind.Uint:
      case Kind.Uint8:
      case Kind.Uint16:
      case Kind.Uint32:
      case Kind.Uint64:
      case Kind.Uintptr:
        return this.fmtInt(v as Int, false, verb, t);
      case Kind.Float32:
        return this.fmtFloatVerb(v as number, 32, verb, t);
      case Kind.Float64:
        return this.fmtFloatVerb(v as number, 64, verb, t);
      case Kind.Complex64:
        return this.fmtComplex(v as Complex, 64, verb, t);
      case Kind.Complex128:
        return this.fmtComplex(v as Complex, 128, verb, t);
      case Kind.String:
        return this.fmtString(v as string, verb, t);
      case Kind.Map:
        return this.printMap(t, v as GoMap | null, verb, depth, ro);
      case Kind.Struct:
        return this.printStruct(t, v as unknown[], verb, depth, ro);
      case Kind.Interface: {
        const i = v as Iface | null;
        if (i !== null) this.printValue(i.t, i.v, verb, depth + 1, ro);
        else this.buf += this.sharpV ? t.str + '(nil)' : '<nil>';
        return;
      }
      case Kind.Array:
      case Kind.Slice:
        if ((verb === V_s || verb === V_q || verb === V_x || verb === V_X) && t.elem!.kind === Kind.Uint8) {
          return this.fmtBytes(t, v, verb, t.str);
        }
        return this.printList(t, v, verb, depth, ro);
      case Kind.Pointer:
        // At the top level a pointer to a composite prints as &value; deeper
        // down it prints as an address, which also stops cycles.
        if (depth === 0 && v !== null) {
          const e = t.elem!;
          if (e.kind === Kind.Array || e.kind === Kind.Slice || e.kind === Kind.Struct || e.kind === Kind.Map) {
            this.buf += '&';
            this.printValue(e, deref(e, v), verb, depth + 1, ro);
            return;
          }
        }
        return this.fmtPointer(t, v, verb);
      case Kind.Chan:
      case Kind.Func:
      case Kind.UnsafePointer:
        return this.fmtPointer(t, v, verb);
    }
    this.buf += '?';
  }

  private printMap(t: RType, m: GoMap | null, verb: number, depth: number, ro: boolean): void {
    if (this.sharpV) {
      this.buf += t.str;
      if (m === null) {
        this.buf += '(nil)';
        return;
      }
      this.buf += '{';
    } else {
      this.buf += 'map[';
    }
    if (m !== null) {
      const entries = sortedEntries(m);
      for (let i = 0; i < entries.length; i++) {
        if (i > 0) this.buf += this.sharpV ? ', ' : ' ';
        this.printValue(t.key!, entries[i][0], verb, depth + 1, ro);
        this.buf += ':';
        this.printValue(t.elem!, entries[i][1], verb, depth + 1, ro);
      }
    }
    this.buf += this.sharpV ? '}' : ']';
  }

  private printStruct(t: RType, s: unknown[], verb: number, depth: number, ro: boolean): void {
    if (this.sharpV) this.buf += t.str;
    this.buf += '{';
    const fields = t.fields;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      if (i > 0) this.buf += this.sharpV ? ', ' : ' ';
      if ((this.plusV || this.sharpV) && f.name !== '') this.buf += f.name + ':';
      let ft = f.type;
      let fv = s[i];
      // A non-nil interface field prints as its dynamic value.
      if (ft.kind === Kind.Interface && fv !== null) {
        ft = (fv as Iface).t;
        fv = (fv as Iface).v;
      }
      this.printValue(ft, fv, verb, depth + 1, ro || !f.exported);
    }
    this.buf += '}';
  }

  /** Arrays and slices element by element. */
  private printList(t: RType, v: unknown, verb: number, depth: number, ro: boolean): void {
    let a: unknown[];
    let off = 0;
    let len = 0;
    if (t.kind === Kind.Slice) {
      if (v !== null) {
        const s = v as Slice;
        a = s.a;
        off = s.off;
        len = s.len;
      } else a = [];
    } else {
      a = v as unknown[];
      len = a.length;
    }
    const e = t.elem!;
    if (this.sharpV) {
      this.buf += t.str;
      if (t.kind === Kind.Slice && v === null) {
        this.buf += '(nil)';
        return;
      }
      this.buf += '{';
      for (let i = 0; i < len; i++) {
        if (i > 0) this.buf += ', ';
        this.printValue(e, a[off + i], verb, depth + 1, ro);
      }
      this.buf += '}';
      return;
    }
    this.buf += '[';
    for (let i = 0; i < len; i++) {
      if (i > 0) this.buf += ' ';
      this.printValue(e, a[off + i], verb, depth + 1, ro);
    }
    this.buf += ']';
  }
}

/** A verb rune as UTF-8 bytes. */
export function runeText(r: number): string {
  return r < 0x80 ? String.fromCharCode(r) : encodeRune(r);
}
