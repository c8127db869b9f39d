// Evaluating a Go expression against a stopped goroutine's frame: the values
// are the program's own (see vm/value.ts), typed by their RTypes, and the
// rules are the spec's — untyped constants take the type of the other
// operand, integer arithmetic wraps at the type's width, == follows the
// comparison rules (interfaces against concrete values too). Nothing here
// advances the program: calls go through the `call` the caller provides (see
// eval/call.ts), which refuses functions that could block or print.
//
// The Evaluator's methods are spread over files by concept, as the type
// checker's are: expr.ts (the class, identifiers, selectors, indexing),
// operators.ts, conversions.ts and callexpr.ts; importing this module loads them all.

import type { FuncProto } from '../../vm/func';
import { RType } from '../../vm/rtype';
import { Expr, parseExpr, SyntaxError } from './syntax';
import { TypeTable } from './types';
import { Evaluator } from './expr';
import './operators';
import './conversions';
import './callexpr';

/** An error the user made in an expression (shown as the evaluation's result). */
export class EvalError extends Error {}

/** Where an addressable value lives: read and written through here (setVariable, &x). */
export interface Place {
  get(): unknown;
  set(v: unknown): void;
  /** The holder and key a pointer to it would use (vm/value.ts's Ref). */
  ref?: { o: unknown[]; k: number };
}

export interface Val {
  t: RType;
  v: unknown;
  /** An untyped constant (literal or constant expression): ints as bigint, floats as number. */
  untyped?: boolean;
  /** The predeclared nil. */
  nil?: boolean;
  place?: Place;
  /** A function or method value (callable). */
  fn?: FuncProto;
  /** A method value's receiver. */
  recv?: unknown;
  /** A closure's captured variables. */
  env?: unknown[] | null;
  /** A builtin function name (len, cap...). */
  builtin?: string;
  /** A type used as a value (the callee of a conversion). */
  type?: RType;
  /** The result of calling a function without results. */
  novalue?: boolean;
}

/** A named variable the expression can refer to. */
export interface Binding {
  type: RType;
  place: Place;
}

export interface EvalScope {
  /** A local, argument, captured or package-level variable. */
  variable(name: string): Binding | null;
  /** A function by name (`f`, `main.f`). */
  func(name: string): FuncProto | null;
  /** A method of a type by Go name (`main.T.M` or `main.(*T).M`). */
  method(t: RType, name: string): { fn: FuncProto; ptr: boolean } | null;
}

export interface EvalEnv {
  types: TypeTable;
  scope: EvalScope;
  /** Runs a Go function to completion and returns its results; null when calls are not allowed here. */
  call: ((fn: FuncProto, args: unknown[], env: unknown[] | null) => unknown[]) | null;
}

/** Evaluates expression text. Throws EvalError (or SyntaxError) for mistakes. */
export function evaluate(env: EvalEnv, text: string): Val {
  return new Evaluator(env).value(parse(text));
}

/** The value of expression text converted for assignment to a variable of type t (setVariable). */
export function assignValue(env: EvalEnv, text: string, t: RType): Val {
  const ev = new Evaluator(env);
  const x = ev.expr(parse(text));
  if (x.novalue || x.type || x.builtin || x.fn) throw new EvalError(`${text} is not a value`);
  return ev.assignable(x, t);
}

function parse(text: string): Expr {
  try {
    return parseExpr(text);
  } catch (err) {
    if (err instanceof SyntaxError) throw new EvalError(`syntax error: ${err.message}`);
    throw err;
  }
}
