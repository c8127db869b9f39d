// For statements with a range clause (go/types' stmt.go: rangeStmt, rangeKeyVal).

import type * as ast from '../syntax/ast';
import { Checker } from './checker';
import { exprString } from './exprstring';
import { Var } from './objects';
import { Mode, Operand } from './operand';
import { coreType } from './expr';
import { StmtContext, openScope } from './stmt';
import { defaultType, isBoolean, isInteger, isString, isUntyped } from './predicates';
import { ArrayType, Basic, BasicKind, Chan, MapType, Pointer, Signature, Slice, Type, Typ, invalidType, runeType } from './types';

/** The key and value types of ranging over a value of type t, or null if it cannot be ranged over. */
export function rangeTypes(t: Type, goVersion: number): { key: Type | null; val: Type | null; cause?: string } | null {
  const u = coreType(t);
  if (!u) return null;
  if (u instanceof Basic) {
    if (isString(u)) return { key: Typ[BasicKind.Int], val: runeType };
    if (isInteger(u) && goVersion >= 22) return { key: isUntyped(t) ? Typ[BasicKind.Int] : t, val: null };
    return null;
  }
  if (u instanceof ArrayType) return { key: Typ[BasicKind.Int], val: u.elem };
  if (u instanceof Slice) return { key: Typ[BasicKind.Int], val: u.elem };
  if (u instanceof Pointer) {
    const a = u.elem.underlying();
    if (a instanceof ArrayType) return { key: Typ[BasicKind.Int], val: a.elem };
    return null;
  }
  if (u instanceof MapType) return { key: u.key, val: u.elem };
  if (u instanceof Chan) {
    if (u.dir === 'send') return { key: null, val: null, cause: 'receive from send-only channel' };
    return { key: u.elem, val: null };
  }
  if (u instanceof Signature && goVersion >= 23) {
    // func(yield func(K, V) bool)
    if (u.params.length === 1 && u.results.length === 0) {
      const y = u.params.vars[0].type.underlying();
      if (y instanceof Signature && y.results.length === 1 && isBoolean(y.results.vars[0].type) && y.params.length <= 2) {
        return { key: y.params.length > 0 ? y.params.vars[0].type : null, val: y.params.length > 1 ? y.params.vars[1].type : null };
      }
    }
    return null;
  }
  return null;
}

export function rangeStmt(c: Checker, ctx: StmtContext, s: ast.RangeStmt): void {
  openScope(c, s, 'range');
  const x = new Operand();
  c.expr(x, s.x);
  let keyT: Type | null = null;
  let valT: Type | null = null;
  if (x.mode !== Mode.Invalid) {
    const core = coreType(x.type);
    if (s.extra && !(core instanceof Chan)) c.error(s.extra.pos, 'range clause permits at most two iteration variables');
    const r = rangeTypes(x.type, c.options.goVersion);
    const cause = r?.cause ?? (core ? '' : `${c.tstr(x.type)} has no core type`);
    if (!r || cause) {
      c.error(s.x.pos, `cannot range over ${c.describe(x)}${cause ? ` (${cause})` : ''}`);
      x.invalidate();
    } else {
      keyT = r.key;
      valT = r.val;
      if (isUntyped(x.type)) c.convertUntyped(x, defaultType(x.type));
      const u = coreType(x.type);
      const oneVar = u instanceof Chan || (u instanceof Basic && isInteger(u));
      if (s.value && oneVar) {
        c.error(s.value.pos, `range over ${c.describe(x)} permits only one iteration variable`);
      } else if (s.key && !keyT && u instanceof Signature) {
        c.error(s.key.pos, `range over ${c.describe(x)} permits no iteration variables`);
      } else if (s.value && !valT && u instanceof Signature) {
        c.error(s.value.pos, `range over ${c.describe(x)} permits only one iteration variable`);
      }
    }
  }
  const lhs = [s.key, s.value];
  const rhs = [keyT, valT];
  if (s.tok === ':=') {
    const vars: Var[] = [];
    lhs.forEach((l, i) => {
      if (!l) return;
      if (l.kind !== 'Ident') {
        c.error(l.pos, `non-name ${exprString(l)} on left side of :=`);
        return;
      }
      const v = new Var(l.name, rhs[i] ?? invalidType, l.pos, c.pkg);
      v.ownerFunc = c.fctx?.node ?? null;
      c.recordDef(l, v);
      vars.push(v);
    });
    for (const v of vars) if (v.name !== '_') {
      const prev = c.scope.insert(v);
      if (prev) c.redeclared(v, prev);
      else c.fctx?.locals.push(v);
    }
  } else if (s.tok === '=') {
    lhs.forEach((l, i) => {
      if (!l || !rhs[i]) return;
      const y = new Operand();
      y.mode = Mode.Value;
      y.expr = l;
      y.type = rhs[i]!;
      c.assignVar(l, y);
    });
  }
  c.stmt({ ...ctx, breakOk: true, continueOk: true, fallthroughOk: false }, s.body);
  c.closeScope();
}
