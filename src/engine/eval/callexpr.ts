// Call expressions in an evaluation: conversions written as calls, calls of Go
// functions and methods (run through the env's `call`, see call.ts), and the
// builtins len, cap, min, max, real, imag and complex.

import type { FuncProto } from '../../vm/func';
import { Kind, RType } from '../../vm/rtype';
import { Closure, Complex, GoMap, Slice } from '../../vm/value';
import { Chan } from '../../runtime/chan';
import { Expr } from './syntax';
import { EvalError, Val } from './evaluate';
import { Evaluator } from './expr';

declare module './expr' {
  interface Evaluator {
    call(e: Extract<Expr, { kind: 'call' }>): Val;
    paramTypes(fn: FuncProto, skip: number): (RType | undefined)[];
    builtin(name: string, args: Val[]): Val;
  }
}

Evaluator.prototype.call = function (this: Evaluator, e: Extract<Expr, { kind: 'call' }>): Val {
  const f = this.expr(e.fn);
  if (f.type) {
    if (e.args.length !== 1) throw new EvalError(`wrong argument count in conversion to ${f.type.str}`);
    return this.convert(this.expr(e.args[0]), f.type);
  }
  if (f.builtin) return this.builtin(f.builtin, e.args.map((a) => this.value(a)));
  let fn = f.fn;
  let env: unknown[] | null = null;
  let recv: unknown[] = [];
  if (!fn && f.t.kind === Kind.Func) {
    if (f.v === null) throw new EvalError('call of nil function');
    const c = f.v as Closure;
    fn = c.fn;
    env = c.env;
  }
  if (!fn) throw new EvalError(`invalid operation: cannot call non-function (value of type ${f.t.str})`);
  if (f.recv !== undefined) recv = [f.recv];
  if (!this.env.call) throw new EvalError('function calls are not allowed here');
  const params = fn.nparams - recv.length;
  const args = e.args.map((a) => this.value(a));
  if (args.length !== params && !fn.variadic) throw new EvalError(`wrong argument count in call to ${fn.name}: have ${args.length}, want ${params}`);
  const paramTypes = this.paramTypes(fn, recv.length);
  const values = args.map((a, i) => (paramTypes[i] ? this.assignable(a, paramTypes[i]!).v : a.v));
  const results = this.env.call(fn, [...recv, ...values], env);
  const rt = fn.resultTypes;
  if (rt.length === 0) return { t: this.types.lookup('struct {}') ?? this.types.basic('bool'), v: null, novalue: true };
  if (rt.length > 1) throw new EvalError(`multiple-value ${fn.name}() (value of type (${rt.map((t) => t.str).join(', ')})) in single-value context`);
  return { t: rt[0], v: results[0] };
};

/** The declared parameter types of fn, from its debug information (when it has locals for them). */
Evaluator.prototype.paramTypes = function (this: Evaluator, fn: FuncProto, skip: number): (RType | undefined)[] {
  const out: (RType | undefined)[] = [];
  for (let i = skip; i < fn.nparams; i++) out.push(fn.locals.find((l) => l.kind === 'param' && l.slot === i)?.type);
  return out;
};

Evaluator.prototype.builtin = function (this: Evaluator, name: string, args: Val[]): Val {
  const int = this.types.basic('int');
  const one = () => {
    if (args.length !== 1) throw new EvalError(`wrong number of arguments to ${name}`);
    return args[0];
  };
  switch (name) {
    case 'len': {
      const x = one();
      const v = x.v;
      switch (x.t.kind) {
        case Kind.String:
          return { t: int, v: (v as string).length };
        case Kind.Slice:
          return { t: int, v: v === null ? 0 : (v as Slice).len };
        case Kind.Array:
          return { t: int, v: (v as unknown[]).length };
        case Kind.Map:
          return { t: int, v: v === null ? 0 : (v as GoMap).size };
        case Kind.Chan:
          return { t: int, v: v === null ? 0 : (v as Chan).qcount };
        case Kind.Pointer:
          if (x.t.elem!.kind === Kind.Array) return { t: int, v: x.t.elem!.len };
      }
      throw new EvalError(`invalid argument: ${x.t.str} for built-in len`);
    }
    case 'cap': {
      const x = one();
      const v = x.v;
      switch (x.t.kind) {
        case Kind.Slice:
          return { t: int, v: v === null ? 0 : (v as Slice).cap };
        case Kind.Array:
          return { t: int, v: (v as unknown[]).length };
        case Kind.Chan:
          return { t: int, v: v === null ? 0 : (v as Chan).size };
      }
      throw new EvalError(`invalid argument: ${x.t.str} for built-in cap`);
    }
    case 'min':
    case 'max': {
      if (!args.length) throw new EvalError(`not enough arguments for ${name}()`);
      let best = args[0];
      for (const a of args.slice(1)) {
        const less = this.binaryVals('<', a, best);
        if (name === 'min' ? less : !less && !this.binaryVals('==', a, best)) best = a;
      }
      return best.untyped ? this.convert(best, best.t) : best;
    }
    case 'real':
    case 'imag': {
      const x = one();
      if (!(x.v instanceof Complex)) throw new EvalError(`invalid argument: ${x.t.str} for built-in ${name}`);
      const f = this.types.basic(x.t.kind === Kind.Complex64 ? 'float32' : 'float64');
      return { t: f, v: name === 'real' ? x.v.re : x.v.im };
    }
    case 'complex': {
      if (args.length !== 2) throw new EvalError('wrong number of arguments to complex');
      const [re, im] = args.map((a) => Number(a.v as number | bigint));
      return { t: this.types.basic('complex128'), v: new Complex(re, im) };
    }
  }
  throw new EvalError(`${name} is not supported in evaluations`);
};
