// Basic, composite and function literals (go/types' literals.go).

import type * as ast from '../syntax/ast';
import { Checker } from './checker';
import * as constant from './constant';
import { exprString } from './exprstring';
import { Var } from './objects';
import { Mode, Operand } from './operand';
import { identical, isInterface, isValid } from './predicates';
import { ArrayType, BasicKind, MapType, Pointer, Signature, Slice, Struct, Type, Typ, invalidType } from './types';
import { coreType } from './expr';

declare module './checker' {
  interface Checker {
    compositeLit(x: Operand, e: ast.CompositeLit, hint: Type | null): void;
    funcLit(x: Operand, e: ast.FuncLit): void;
  }
}

Checker.prototype.funcLit = function (this: Checker, x: Operand, e: ast.FuncLit): void {
  const sig = this.funcType(e.type, null, null);
  this.info.funcSigs.set(e, sig);
  if (this.fctx) {
    this.funcBody(e, null, sig, e.body);
  } else {
    // In a package-level initializer the body waits its turn with the
    // function declarations' bodies, as go build orders them.
    const scope = this.scope;
    const declObj = this.declObj;
    this.delayed.push(() => {
      const saved = { scope: this.scope, declObj: this.declObj };
      this.scope = scope;
      this.declObj = declObj;
      this.funcBody(e, null, sig, e.body);
      this.scope = saved.scope;
      this.declObj = saved.declObj;
    });
  }
  x.mode = Mode.Value;
  x.type = sig;
};

Checker.prototype.compositeLit = function (this: Checker, x: Operand, e: ast.CompositeLit, hint: Type | null): void {
  let typ: Type;
  let base: Type;
  if (e.type) {
    const at = e.type;
    if (at.kind === 'ArrayType' && at.len && at.len.kind === 'Ellipsis' && at.len.elt === null) {
      // [...]T: the length comes from the literal.
      const elem = this.typExpr(at.elt);
      const n = isValid(elem) ? indexedElts(this, e.elts, elem, -1) : 0;
      typ = new ArrayType(elem, n);
      this.record(at, Mode.TypeExpr, typ, null);
      x.mode = Mode.Value;
      x.type = typ;
      return;
    }
    typ = this.typExpr(e.type);
    base = typ;
  } else if (hint) {
    typ = hint;
    const c = coreType(typ);
    base = c instanceof Pointer ? c.elem : typ;
  } else {
    this.error(e.pos, 'missing type in composite literal');
    x.invalidate();
    return;
  }
  const u = coreType(base);
  if (u instanceof Struct) {
    const fields = u.fields;
    if (e.elts.length > 0) {
      if (e.elts[0].kind === 'KeyValueExpr') {
        const visited = new Set<number>();
        for (const el of e.elts) {
          if (el.kind !== 'KeyValueExpr') {
            this.error(el.pos, 'mixture of field:value and value elements in struct literal');
            continue;
          }
          const key = el.key.kind === 'Ident' ? el.key : null;
          const v = new Operand();
          // Another package's unexported fields cannot be named.
          const i = key ? fields.findIndex((f) => f.name === key.name && f.name !== '_' && (f.exported || f.pkg === this.pkg)) : -1;
          // Struct fields' values cannot omit their literal types (no hint).
          this.expr(v, el.value, null);
          if (!key) {
            this.error(el.colon, `invalid field name ${exprString(el.key)} in struct literal`);
            continue;
          }
          if (i < 0) {
            this.error(el.key.pos, `unknown field '${key.name}' in struct literal of type ${this.tstr(base)}`);
            continue;
          }
          const fld = fields[i];
          this.recordUse(key, fld);
          this.assignment(v, fld.type, 'struct literal');
          if (visited.has(i)) {
            this.error(el.colon, `duplicate field name ${key.name} in struct literal`);
            continue;
          }
          visited.add(i);
        }
      } else {
        e.elts.forEach((el, i) => {
          if (el.kind === 'KeyValueExpr') {
            this.error(el.colon, 'mixture of field:value and value elements in struct literal');
            return;
          }
          const v = new Operand();
          this.expr(v, el, null);
          if (i >= fields.length) {
            if (i === fields.length) this.error(el.pos, `too many values in ${this.tstr(base)}{…}`);
            return;
          }
          const fld: Var = fields[i];
          if (!fld.exported && fld.pkg !== this.pkg) {
            this.error(el.pos, `implicit assignment to unexported field ${fld.name} in ${this.tstr(typ)} literal`);
            return;
          }
          this.assignment(v, fld.type, 'struct literal');
        });
        if (e.elts.length < fields.length) this.error(e.end - 1, `too few values in ${this.tstr(base)}{…}`);
      }
    }
  } else if (u instanceof ArrayType) {
    indexedElts(this, e.elts, u.elem, u.len);
  } else if (u instanceof Slice) {
    indexedElts(this, e.elts, u.elem, -1);
  } else if (u instanceof MapType) {
    const seen: { val: constant.ConstValue; type: Type }[] = [];
    for (const el of e.elts) {
      if (el.kind !== 'KeyValueExpr') {
        this.error(el.pos, 'missing key in map literal');
        continue;
      }
      const k = new Operand();
      this.expr(k, el.key, u.key);
      this.assignment(k, u.key, 'map literal');
      if (k.mode === Mode.Constant && k.val) {
        const iface = isInterface(u.key);
        const dup = seen.some((s) => constant.compare(s.val, '==', k.val!) && s.val.kind === k.val!.kind && (!iface || identical(s.type, k.type)));
        if (dup) {
          this.error(el.key.pos, `duplicate key ${constant.constString(k.val)} in map literal`);
          continue;
        }
        seen.push({ val: k.val, type: k.type });
      }
      const v = new Operand();
      this.expr(v, el.value, u.elem);
      this.assignment(v, u.elem, 'map literal');
    }
  } else {
    for (const el of e.elts) {
      const v = new Operand();
      this.rawExpr(v, el.kind === 'KeyValueExpr' ? el.value : el, null, true);
    }
    if (isValid(base) && isValid(base.underlying())) this.error(e.pos, `invalid composite literal type ${this.tstr(typ)}`);
    x.invalidate();
    return;
  }
  x.mode = Mode.Value;
  x.type = typ;
};

/** Where go build reports an error about a literal's element: a keyed one at its colon. */
function elementPos(el: ast.Expr): number {
  return el.kind === 'KeyValueExpr' ? el.colon : el.pos;
}

/** Checks the elements of an array or slice literal; returns the literal's length. */
function indexedElts(c: Checker, elts: ast.Expr[], elem: Type, length: number): number {
  const visited = new Set<bigint>();
  let index = 0n;
  let max = 0n;
  for (const el of elts) {
    let valid = false;
    let ev = el;
    if (el.kind === 'KeyValueExpr') {
      const i = c.index(el.key, length);
      if (i !== null) {
        if (i >= 0n) {
          index = i;
          valid = true;
        } else c.error(el.colon, `index ${exprString(el.key)} must be integer constant`);
      }
      ev = el.value;
    } else if (length >= 0 && index >= BigInt(length)) {
      c.error(el.pos, `index ${index} is out of bounds (>= ${length})`);
    } else valid = true;
    if (valid) {
      if (visited.has(index)) c.error(elementPos(el), `duplicate index ${index} in array or slice literal`);
      else visited.add(index);
    }
    index++;
    if (index > max) max = index;
    const x = new Operand();
    c.expr(x, ev, elem);
    c.assignment(x, elem, 'array or slice literal');
  }
  return Number(max);
}

// ---- basic literals ----------------------------------------------------------------

export function basicLit(c: Checker, x: Operand, e: ast.BasicLit): void {
  switch (e.litKind) {
    case 'INT': {
      const v = constant.parseIntLit(e.value);
      if (v.kind === 'unknown') {
        c.error(e.pos, `invalid integer literal ${e.value}`);
        return;
      }
      x.setConst(Typ[BasicKind.UntypedInt], v);
      return;
    }
    case 'FLOAT': {
      const v = constant.parseFloatLit(e.value);
      if (v.kind === 'unknown') {
        c.error(e.pos, `invalid floating-point literal ${e.value}`);
        return;
      }
      x.setConst(Typ[BasicKind.UntypedFloat], v);
      return;
    }
    case 'IMAG': {
      const body = e.value.slice(0, -1);
      const v = /^[0-9_]+$/.test(body) && !/^0[0-9]/.test(body) ? constant.parseFloatLit(body) : /^0[xXbBoO]/.test(body) ? constant.toFloat(constant.parseIntLit(body)) : constant.parseFloatLit(body);
      if (v.kind !== 'float') {
        c.error(e.pos, `invalid imaginary literal ${e.value}`);
        return;
      }
      x.setConst(Typ[BasicKind.UntypedComplex], constant.makeComplex(constant.makeRat(0n, 1n), v));
      return;
    }
    case 'CHAR': {
      const r = runeLitValue(e.value);
      if (r === null) {
        c.error(e.pos, `invalid rune literal ${e.value}`);
        return;
      }
      x.setConst(Typ[BasicKind.UntypedRune], constant.makeInt(r));
      return;
    }
    case 'STRING': {
      const s = unquote(e.value);
      if (s === null) {
        c.error(e.pos, `invalid string literal ${e.value}`);
        return;
      }
      x.setConst(Typ[BasicKind.UntypedString], constant.makeString(s));
      return;
    }
  }
}

/** The code point of a rune literal such as `'a'`, `'\n'`, `'\u00e9'` or `'世'`. */
export function runeLitValue(lit: string): number | null {
  const body = lit.slice(1, -1);
  if (body.length === 0) return null;
  if (body[0] !== '\\') {
    const cp = body.codePointAt(0)!;
    return String.fromCodePoint(cp).length === body.length ? cp : null;
  }
  const r = decodeEscape(body, 1, "'");
  if (!r || r.next !== body.length) return null;
  return r.rune ?? null;
}

/** The value of a Go string literal's source text, as a binary (byte-per-char) string. */
export function stringLitValue(lit: string): string {
  return unquote(lit) ?? '';
}

/** Decodes a Go interpreted or raw string literal into bytes; null if malformed. */
export function unquote(lit: string): string | null {
  if (lit.startsWith('`')) {
    return Buffer.from(lit.slice(1, -1).replace(/\r/g, ''), 'utf8').toString('latin1');
  }
  const body = lit.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\') {
      const cp = body.codePointAt(i)!;
      if (cp > 0xffff) i++;
      out += Buffer.from(String.fromCodePoint(cp), 'utf8').toString('latin1');
      continue;
    }
    const r = decodeEscape(body, i + 1, lit[0]);
    if (!r) return null;
    out += r.bytes;
    i = r.next - 1;
  }
  return out;
}

/** Decodes one escape sequence starting after the backslash; returns its bytes and the next index. */
export function decodeEscape(s: string, i: number, quote: string): { bytes: string; next: number; rune?: number } | null {
  const c = s[i];
  const simple: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };
  if (c in simple) return { bytes: String.fromCharCode(simple[c]), next: i + 1, rune: simple[c] };
  if (c === quote) return { bytes: c, next: i + 1, rune: c.charCodeAt(0) };
  if (c >= '0' && c <= '7') {
    const oct = s.slice(i, i + 3);
    if (!/^[0-7]{3}$/.test(oct)) return null;
    const v = parseInt(oct, 8);
    if (v > 255) return null;
    return { bytes: String.fromCharCode(v), next: i + 3, rune: v };
  }
  if (c === 'x') {
    const hex = s.slice(i + 1, i + 3);
    if (!/^[0-9a-fA-F]{2}$/.test(hex)) return null;
    const v = parseInt(hex, 16);
    return { bytes: String.fromCharCode(v), next: i + 3, rune: v };
  }
  if (c === 'u' || c === 'U') {
    const n = c === 'u' ? 4 : 8;
    const hex = s.slice(i + 1, i + 1 + n);
    if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) return null;
    const v = parseInt(hex, 16);
    if (v > 0x10ffff || (v >= 0xd800 && v < 0xe000)) return null;
    return { bytes: Buffer.from(String.fromCodePoint(v), 'utf8').toString('latin1'), next: i + 1 + n, rune: v };
  }
  return null;
}

void Signature;
void invalidType;
