// Operands: the checker's view of an expression while checking it (go/types' operand.go).

import type * as ast from '../syntax/ast';
import { ConstValue, constString } from './constant';
import { exprString } from './exprstring';
import type { BuiltinId, Package } from './objects';
import { isUntyped } from './predicates';
import { typeString } from './typestring';
import { Basic, BasicKind, Named, Type, TypeParam, invalidType } from './types';

export enum Mode {
  Invalid,
  /** An expression with no value (a call of a function without results). */
  NoValue,
  Builtin,
  TypeExpr,
  Constant,
  /** Addressable (a variable, `*p`, `a[i]` of an addressable array or a slice, `x.f` of such). */
  Variable,
  /** `m[k]`: assignable but not addressable, and may be used with comma-ok. */
  MapIndex,
  Value,
  /** A value that may also be used as `v, ok` (receive, type assertion). */
  CommaOK,
}

export class Operand {
  mode: Mode = Mode.Invalid;
  expr: ast.Expr | null = null;
  type: Type = invalidType;
  val: ConstValue | null = null;
  builtin: BuiltinId | null = null;

  invalidate(): void {
    this.mode = Mode.Invalid;
  }

  get invalid(): boolean {
    return this.mode === Mode.Invalid;
  }

  setConst(type: Type, val: ConstValue): void {
    this.mode = Mode.Constant;
    this.type = type;
    this.val = val;
  }

  copyFrom(y: Operand): void {
    this.mode = y.mode;
    this.expr = y.expr;
    this.type = y.type;
    this.val = y.val;
    this.builtin = y.builtin;
  }

  isNil(): boolean {
    return this.mode === Mode.Value && this.type instanceof Basic && this.type.basic === BasicKind.UntypedNil;
  }

  /**
   * The operand as go/types describes it in messages:
   * `x (variable of type int)`, `5 (untyped int constant)`, `"a" + "b" (untyped string constant "ab")`.
   */
  describe(local: Package | null): string {
    const expr = this.expr ? exprString(this.expr) : '';
    if (this.isNil()) return expr || 'nil';
    const parts: string[] = [];
    const kind = modeNames[this.mode];
    if (this.mode === Mode.Builtin) return `${expr} (built-in)`;
    if (this.mode === Mode.TypeExpr) return `${expr} (type)`;
    let desc = '';
    if (this.mode === Mode.Constant && this.val) {
      const v = constString(this.val);
      desc = isUntyped(this.type) ? `${typeString(this.type, local)} constant` : 'constant';
      if (v !== expr) desc += ' ' + v;
      if (!isUntyped(this.type)) desc += ` of type ${typeString(this.type, local)}`;
    } else {
      desc = kind;
      if (this.mode !== Mode.NoValue && this.mode !== Mode.Invalid) {
        if (isUntyped(this.type)) desc = `${typeString(this.type, local)} ${kind}`;
        else {
          const generic = this.type instanceof Named && this.type.typeParams.length > 0 && !this.type.orig;
          desc = `${kind} of ${generic ? 'generic ' : ''}type ${typeString(this.type, local)}`;
          // A type parameter's operand names its constraint, as go build does.
          if (this.type instanceof TypeParam) desc += ` constrained by ${typeString(this.type.constraint, local)}`;
        }
      }
    }
    parts.push(expr ? `${expr} (${desc})` : desc);
    return parts.join('');
  }
}

const modeNames: Record<Mode, string> = {
  [Mode.Invalid]: 'invalid operand',
  [Mode.NoValue]: 'no value',
  [Mode.Builtin]: 'built-in',
  [Mode.TypeExpr]: 'type',
  [Mode.Constant]: 'constant',
  [Mode.Variable]: 'variable',
  [Mode.MapIndex]: 'map index expression',
  [Mode.Value]: 'value',
  [Mode.CommaOK]: 'comma, ok expression',
};
