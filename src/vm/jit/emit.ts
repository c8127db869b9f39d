// The template for each instruction: the JavaScript that generate (../jit.ts) puts in
// the instruction's basic block.

import { Frame, FuncProto } from '../func';
import { NK, NONE, Op } from '../op';
import { RType } from '../rtype';
import { arith, compare, conv, rd, shift } from './arith';
import { MAX_DIVE, MAX_FRAMES } from './runtime';

/** The JavaScript for one instruction. */
export function emit(p: FuncProto, op: Op, code: number[], pc: number, size: number, debug: boolean, pre: string[]): string {
  const a = (i: number) => code[pc + 1 + i];
  const r = (i: number) => rd(p, a(i));
  const w = (i: number) => `s[${a(i)}]`;
  const next = pc + size;
  const exit = (call: string) => `fr.pc = ${next}; vm.clk = clk; return ${call};`;
  // Resume inline when the runtime finished the operation at once; otherwise hand the goroutine back.
  const maybeExit = (call: string) => `fr.pc = ${next}; vm.clk = clk; t = ${call}; clk = vm.clk; if (t !== -1) return t;`;
  // After a call pushed the callee's frame: run it right here (vm.dive) and go on
  // inline when it has returned, or leave as the dispatch loop would. The
  // debugger's code always goes back to the dispatch loop.
  const dive = debug ? 'return 0;' : `pc = -1; if ((t = vm.dive(g, fr)) !== -1) return t; clk = vm.clk;`;
  // A Go callee's frame `t` just pushed, with its function `fn` (an expression
  // to evaluate once): what vm.dive does, inline. The callee runs right here,
  // nested on the JavaScript stack, unless the deadline has come, the nesting
  // is deep, or a debugger is on; once it has returned the caller goes on
  // inline, after the dispatch loop's checks.
  const diveInto = (fn: string) =>
    debug
      ? 'return 0;'
      : `pc = -1; if (clk >= dl || vm.depth >= ${MAX_DIVE} || vm.debugging) return 0; ` +
        `vm.depth++; y = ${fn}; y = (y.compiled ?? vm.compile(y))(vm, g, t); vm.depth--; ` +
        `if (y !== 0) return y; if (vm.heldFatal !== null) return 2; if (g.frames[g.frames.length - 1] !== fr) return 0; ` +
        `clk = vm.clk; if (clk >= dl || g.status !== 'running' || vm.exited) return 1;`;
  const push = `if (g.frames.length >= ${MAX_FRAMES}) throw R.stackOverflow(); g.frames.push(t); if (g.preempt) return vm.preemptAtCall(g);`;
  switch (op) {
    case Op.NOP:
      return '';
    case Op.MOV:
      return `${w(0)} = ${r(1)};`;
    case Op.ZERO:
      return `${w(0)} = K[${a(1)}].zero();`;
    case Op.CLONE:
      return `${w(0)} = K[${a(2)}].clone(${r(1)});`;
    case Op.COPYINTO:
      return `K[${a(2)}].copyInto(${r(0)}, ${r(1)});`;
    case Op.ADD:
    case Op.SUB:
    case Op.MUL:
    case Op.AND:
    case Op.OR:
    case Op.XOR:
    case Op.ANDNOT:
      return `x = ${r(1)}; y = ${r(2)}; ${w(0)} = ${arith(op, a(3), p, a(1), a(2))};`;
    case Op.DIV:
    case Op.REM: {
      const nk = a(3) as NK;
      const isInt = nk <= NK.U8;
      const check = isInt ? `if (y === 0) throw R.divPanic(); ` : '';
      return `x = ${r(1)}; y = ${r(2)}; ${check}${w(0)} = ${arith(op, nk, p, a(1), a(2))};`;
    }
    case Op.SHL:
    case Op.SHR: {
      const neg = a(4) ? `if (y < 0) throw R.shiftPanic(); ` : '';
      return `x = ${r(1)}; y = ${r(2)}; ${neg}${w(0)} = ${shift(op, a(3))};`;
    }
    case Op.NEG: {
      const nk = a(2) as NK;
      const e: Record<number, string> = {
        [NK.I64]: `typeof x === 'number' ? 0 - x : R.neg(x)`,
        [NK.U64]: `R.negU(x)`,
        [NK.I32]: `(0 - x) | 0`,
        [NK.U32]: `(0 - x) >>> 0`,
        [NK.I16]: `((0 - x) << 16) >> 16`,
        [NK.U16]: `(0 - x) & 0xffff`,
        [NK.I8]: `((0 - x) << 24) >> 24`,
        [NK.U8]: `(0 - x) & 0xff`,
        [NK.F64]: `-x`,
        [NK.F32]: `-x`,
        [NK.C128]: `R.cneg(x)`,
        [NK.C64]: `R.cneg(x)`,
      };
      return `x = ${r(1)}; ${w(0)} = ${e[nk]};`;
    }
    case Op.BITNOT: {
      const nk = a(2) as NK;
      const e: Record<number, string> = {
        [NK.I64]: `typeof x === 'number' ? -x - 1 : R.not(x)`,
        [NK.U64]: `R.notU(x)`,
        [NK.I32]: `~x`,
        [NK.U32]: `~x >>> 0`,
        [NK.I16]: `(~x << 16) >> 16`,
        [NK.U16]: `~x & 0xffff`,
        [NK.I8]: `(~x << 24) >> 24`,
        [NK.U8]: `~x & 0xff`,
      };
      return `x = ${r(1)}; ${w(0)} = ${e[nk]};`;
    }
    case Op.NOT:
      return `${w(0)} = !${r(1)};`;
    case Op.CONV:
      return `x = ${r(1)}; ${w(0)} = ${conv(a(2), a(3))};`;
    case Op.EQ:
    case Op.NE:
    case Op.LT:
    case Op.LE:
    case Op.GT:
    case Op.GE:
      return `x = ${r(1)}; y = ${r(2)}; ${w(0)} = ${compare(op, a(3))};`;
    case Op.EQT:
      return `${w(0)} = R.equal(K[${a(3)}], ${r(1)}, ${r(2)});`;
    case Op.NET:
      return `${w(0)} = !R.equal(K[${a(3)}], ${r(1)}, ${r(2)});`;
    case Op.JMP:
      return `pc = ${a(0)}; continue;`;
    case Op.JT:
      return `if (${r(0)}) { pc = ${a(1)}; continue; }`;
    case Op.JF:
      return `if (!${r(0)}) { pc = ${a(1)}; continue; }`;
    case Op.LOOP:
      return `if (clk >= dl) { fr.pc = ${a(0)}; vm.clk = clk; return 1; } pc = ${a(0)}; continue;`;
    case Op.CALL: {
      // The common call, inline: push the callee's frame and run it.
      // The callee's slots as an array literal holding the arguments (up to a size).
      const callee = p.consts[a(0)] as FuncProto;
      if (callee.nslots <= 64) {
        const slots: string[] = [];
        for (let i = 0; i < Math.max(callee.nslots, a(2)); i++) slots.push(i < a(2) ? `s[${a(1) + i}]` : 'undefined');
        return `fr.pc = ${next}; vm.clk = clk; t = new R.Frame(K[${a(0)}], ${a(3)}, null, [${slots.join(', ')}]); ${push} ${diveInto(`K[${a(0)}]`)}`;
      }
      const copies: string[] = [];
      for (let i = 0; i < a(2); i++) copies.push(`t.s[${i}] = s[${a(1) + i}];`);
      return `fr.pc = ${next}; vm.clk = clk; t = new R.Frame(K[${a(0)}], ${a(3)}, null); ${copies.join(' ')} ${push} ${diveInto(`K[${a(0)}]`)}`;
    }
    case Op.CALLCL: {
      // A closure of Go code, inline (what calls.callClosure does); natives through it.
      const copies: string[] = [];
      for (let i = 0; i < a(2); i++) copies.push(`t.s[${i}] = s[${a(1) + i}];`);
      return (
        `fr.pc = ${next}; vm.clk = clk; x = ${r(0)}; ` +
        `if (x === null || x === undefined || x.fn.native !== null) { if ((t = vm.callClosure(g, fr, x, ${a(1)}, ${a(2)}, ${a(3)})) !== 0) return t; ${dive} } ` +
        `else { t = new R.Frame(x.fn, ${a(3)}, x.env); ${copies.join(' ')} ${push} ${diveInto('t.fn')} }`
      );
    }
    case Op.CALLIFACE: {
      // A method of Go code, found through the site's cache, inline (what calls.callIface does); natives through it.
      const ic = `IC${pc}`;
      pre.push(`const ${ic} = [null, null];`);
      const copies: string[] = [];
      for (let i = 0; i < a(3); i++) copies.push(`t.s[${i + 1}] = s[${a(2) + i}];`);
      return (
        `fr.pc = ${next}; vm.clk = clk; x = ${r(0)}; ` +
        `if (x === null || (y = x.t === ${ic}[0] ? ${ic}[1] : R.method(${ic}, x.t, K[${a(1)}])).native !== null) { if ((t = vm.callIface(g, fr, x, K[${a(1)}], ${a(2)}, ${a(3)}, ${a(4)})) !== 0) return t; ${dive} } ` +
        `else { t = new R.Frame(y, ${a(4)}, null); t.s[0] = x.v; ${copies.join(' ')} ${push} ${diveInto('t.fn')} }`
      );
    }
    case Op.CALLNATIVE: {
      // The arguments as an array literal: natives take them as an array.
      const args: string[] = [];
      for (let i = 0; i < a(2); i++) args.push(`s[${a(1) + i}]`);
      const fn = p.consts[a(0)] as FuncProto;
      const impl = fn.native;
      if (!impl || !impl.fn) return maybeExit(`vm.callNativeArgs(g, fr, K[${a(0)}], [${args.join(', ')}], ${a(3)})`);
      // A plain native, called from here (calls.invokeNative's common case): the
      // call site sees one function, which the JavaScript engine can inline.
      const rb = a(3);
      const store =
        rb < 0 || fn.nresults === 0
          ? ''
          : fn.nresults === 1
            ? `s[${rb}] = t;`
            : Array.from({ length: fn.nresults }, (_, i) => `s[${rb + i}] = t[${i}];`).join(' ');
      return (
        `fr.pc = ${next}; vm.clk = clk + vm.nativeCallCost; x = [${args.join(', ')}]; y = vm.host; y.g = g; y.retry = false; ` +
        `t = K[${a(0)}].native.fn(y, x); clk = vm.clk; if (t === R.PARK) return vm.parkNative(g, fr, K[${a(0)}], x, ${rb}); ${store}`
      );
    }
    case Op.RET: {
      // The common return, inline: no deferred calls, a Go caller, plain results.
      if (p.cellResults) return `fr.pc = ${pc}; vm.clk = clk; return vm.ret(g, fr);`;
      const copies: string[] = [];
      for (let i = 0; i < p.nresults; i++) copies.push(`t.s[fr.retBase + ${i}] = s[${p.nparams + i}];`);
      const store = p.nresults ? `if (fr.retBase >= 0) { ${copies.join(' ')} }` : '';
      return `fr.pc = ${pc}; vm.clk = clk; if (fr.defers === null && !fr.isDefer && (t = g.frames[g.frames.length - 2]) !== undefined && t.gen === null) { g.frames.pop(); ${store} return 0; } return vm.ret(g, fr);`;
    }
    case Op.GO:
      return `vm.clk = clk; vm.go(g, fr, ${r(0)}, ${a(1)}, ${a(2)}, ${pc}); clk = vm.clk;`;
    case Op.DEFER:
      return `vm.defer(fr, ${r(0)}, ${a(1)}, ${a(2)});`;
    case Op.PANIC:
      return `fr.pc = ${pc + 1}; vm.clk = clk; throw vm.panicValue(${r(0)});`;
    case Op.RECOVER:
      return `${w(0)} = vm.recover(g, fr);`;
    case Op.NEWCELL:
      return `${w(0)} = [${r(1)}];`;
    case Op.LOADCELL:
      return `${w(0)} = ${r(1)}[0];`;
    case Op.STORECELL:
      return `${r(0)}[0] = ${r(1)};`;
    case Op.LOADENV:
      return `${w(0)} = fr.env[${a(1)}];`;
    case Op.MAKECLOSURE: {
      const cells: string[] = [];
      for (let i = 0; i < a(3); i++) cells.push(`s[${a(2) + i}]`);
      return `${w(0)} = new R.Closure(K[${a(1)}], [${cells.join(', ')}]);`;
    }
    case Op.FIELD:
      return `${w(0)} = ${r(1)}[${a(2)}];`;
    case Op.PFIELD:
      return `x = ${r(1)}; if (x === null) throw R.nilPanic(${p.faultAddrs?.get(pc) ?? 0}); ${w(0)} = x[${a(2)}];`;
    case Op.SETFIELD:
      return `${r(0)}[${a(1)}] = ${r(2)};`;
    case Op.PSETFIELD:
      return `x = ${r(0)}; if (x === null) throw R.nilPanic(${p.faultAddrs?.get(pc) ?? 0}); x[${a(1)}] = ${r(2)};`;
    case Op.INDEX:
      return `x = ${r(1)}; y = ${r(2)}; if (!(y >= 0 && y < x.length)) throw R.indexPanic(y, x.length); ${w(0)} = x[y];`;
    case Op.SETINDEX:
      return `x = ${r(0)}; y = ${r(1)}; if (!(y >= 0 && y < x.length)) throw R.indexPanic(y, x.length); x[y] = ${r(2)};`;
    case Op.SINDEX:
      return `x = ${r(1)}; y = ${r(2)}; if (x === null || !(y >= 0 && y < x.len)) throw R.indexPanic(y, x === null ? 0 : x.len); ${w(0)} = x.a[x.off + y];`;
    case Op.SSETINDEX:
      return `x = ${r(0)}; y = ${r(1)}; if (x === null || !(y >= 0 && y < x.len)) throw R.indexPanic(y, x === null ? 0 : x.len); x.a[x.off + y] = ${r(2)};`;
    case Op.STRINDEX:
      return `x = ${r(1)}; y = ${r(2)}; if (!(y >= 0 && y < x.length)) throw R.indexPanic(y, x.length); ${w(0)} = x.charCodeAt(y);`;
    case Op.DEREF:
      return `x = ${r(1)}; if (x === null) throw R.nilPanic(); ${w(0)} = x.o[x.k];`;
    case Op.STOREREF:
      return `x = ${r(0)}; if (x === null) throw R.nilPanic(); x.o[x.k] = ${r(1)};`;
    case Op.NILCHECK:
      return `if (${r(0)} === null) throw R.nilPanic();`;
    case Op.REFCELL:
      return `${w(0)} = new R.Ref(${r(1)}, 0);`;
    case Op.REFFIELD:
      return `x = ${r(1)}; if (x === null) throw R.nilPanic(); ${w(0)} = new R.Ref(x, ${a(2)});`;
    case Op.REFINDEX:
      return `x = ${r(1)}; y = ${r(2)}; if (x === null) throw R.nilPanic(); if (!(y >= 0 && y < x.length)) throw R.indexPanic(y, x.length); ${w(0)} = new R.Ref(x, y);`;
    case Op.REFSINDEX:
      return `x = ${r(1)}; y = ${r(2)}; if (x === null || !(y >= 0 && y < x.len)) throw R.indexPanic(y, x === null ? 0 : x.len); ${w(0)} = new R.Ref(x.a, x.off + y);`;
    case Op.NEWOBJ:
      return `${w(0)} = K[${a(1)}].zero();`;
    case Op.MAKESLICE:
      return `${w(0)} = R.makeSlice(K[${a(1)}], ${r(2)}, ${a(3) === NONE ? 'undefined' : r(3)});`;
    case Op.SLICE: {
      const opt = (i: number) => (a(i) === NONE ? 'undefined' : r(i));
      return `${w(0)} = R.slice(${r(1)}, ${opt(2)}, ${opt(3)}, ${opt(4)}, ${a(5)});`;
    }
    case Op.APPEND: {
      const n = a(3);
      if (n === 1) return `${w(0)} = R.append1(${r(1)}, s[${a(2)}], K[${a(4)}]);`;
      const vals: string[] = [];
      for (let i = 0; i < n; i++) vals.push(`s[${a(2) + i}]`);
      return `${w(0)} = R.append(${r(1)}, [${vals.join(', ')}], K[${a(4)}]);`;
    }
    case Op.APPENDSLICE:
      return `${w(0)} = R.appendSlice(${r(1)}, ${r(2)}, K[${a(3)}]);`;
    case Op.COPY:
      return `${w(0)} = R.copy(${r(1)}, ${r(2)}, K[${a(3)}]);`;
    case Op.LEN:
    case Op.CAP: {
      const k = a(2);
      const isLen = op === Op.LEN;
      const e = [
        isLen ? `x === null ? 0 : x.len` : `x === null ? 0 : x.cap`,
        `x.length`,
        `x === null ? 0 : x.m.size`,
        isLen ? `x === null ? 0 : x.count` : `x === null ? 0 : x.size`,
        `x.length`,
        `x === null ? 0 : x.length`,
      ][k];
      return `x = ${r(1)}; ${w(0)} = ${e};`;
    }
    case Op.SLICELIT: {
      const vals: string[] = [];
      for (let i = 0; i < a(2); i++) vals.push(`s[${a(1) + i}]`);
      return `${w(0)} = new R.Slice([${vals.join(', ')}], 0, ${a(2)}, ${a(2)});`;
    }
    case Op.STRCONV:
      return `${w(0)} = R.strconv[${a(2)}](${r(1)});`;
    case Op.NEXTRUNE:
      return `${w(0)} = R.decodeRune(${r(2)}, ${r(3)}); ${w(1)} = R.lastWidth();`;
    case Op.ARR2PTR:
      return `${w(0)} = vm.sliceToArrayPtr(${r(1)}, ${a(2)});`;
    case Op.MAKEMAP:
      return `${w(0)} = new R.GoMap(K[${a(1)}].key, K[${a(1)}].elem);`;
    // Maps whose keys are used directly (GoMap.keys === null): their table (HashTable or Map), inline.
    // (A stored value is never undefined: a direct lookup that finds none found no entry.)
    case Op.MAPGET:
      return `x = ${r(1)}; t = x !== null && x.keys === null ? x.m.get(${r(2)}) : R.mapGet(x, ${r(2)}); ${w(0)} = t === undefined ? K[${a(3)}].zero() : t;`;
    case Op.MAPGET2:
      return (
        `x = ${r(2)}; if (x !== null && x.keys === null) { t = x.m.get(${r(3)}); ${w(1)} = t !== undefined; } ` +
        `else { t = R.mapGet(x, ${r(3)}); ${w(1)} = t !== undefined || R.mapHas(x, ${r(3)}); } ${w(0)} = t === undefined ? K[${a(4)}].zero() : t;`
      );
    case Op.MAPSET:
      // (A NaN key makes a new entry each time: GoMap.set.)
      return `x = ${r(0)}; y = ${r(1)}; if (x !== null && x.keys === null && y === y) x.m.set(y, ${r(2)}); else R.mapSet(x, y, ${r(2)});`;
    case Op.MAPDELETE:
      return `R.mapDelete(${r(0)}, ${r(1)});`;
    case Op.MAPCLEAR:
      return `x = ${r(0)}; if (x !== null) x.clear();`;
    case Op.MAPITER:
      return `${w(0)} = vm.mapIter(${r(1)});`;
    case Op.MAPNEXT:
      return `x = ${r(3)}; ${w(0)} = x.next(); if (${w(0)}) { ${w(1)} = x.key; ${w(2)} = x.value; }`;
    case Op.MAKECHAN:
      return `${w(0)} = vm.makeChan(K[${a(1)}], ${r(2)});`;
    case Op.SEND:
      return maybeExit(`vm.send(g, fr, ${r(0)}, ${r(1)})`);
    case Op.RECV:
      return maybeExit(`vm.recv(g, fr, ${r(1)}, ${a(0)}, -1)`);
    case Op.RECV2:
      return maybeExit(`vm.recv(g, fr, ${r(2)}, ${a(0)}, ${a(1)})`);
    case Op.CLOSE:
      return `vm.clk = clk; vm.close(g, ${r(0)}); clk = vm.clk;`;
    case Op.SELECT:
      return maybeExit(`vm.select(g, fr, K[${a(1)}], ${a(0)})`);
    case Op.TOIFACE:
      return `${w(0)} = new R.Iface(K[${a(2)}], ${r(1)});`;
    case Op.ASSERT: {
      const want = `K[${a(2)}]`;
      if ((p.consts[a(2)] as RType).kind === 20) {
        return `x = ${r(1)}; if (x === null || !R.implements(x.t, ${want})) throw R.assertFail(x, ${want}, K[${a(3)}]); ${w(0)} = x;`;
      }
      return `x = ${r(1)}; if (x === null || x.t !== ${want}) throw R.assertFail(x, ${want}, K[${a(3)}]); ${w(0)} = x.v;`;
    }
    case Op.ASSERT2: {
      const want = `K[${a(3)}]`;
      if ((p.consts[a(3)] as RType).kind === 20) {
        return `x = ${r(2)}; t = x !== null && R.implements(x.t, ${want}); ${w(1)} = t; ${w(0)} = t ? x : null;`;
      }
      return `x = ${r(2)}; t = x !== null && x.t === ${want}; ${w(1)} = t; ${w(0)} = t ? x.v : ${want}.zero();`;
    }
    case Op.ISTYPE: {
      if (a(2) === NONE) return `${w(0)} = ${r(1)} === null;`;
      const want = `K[${a(2)}]`;
      if ((p.consts[a(2)] as RType).kind === 20) return `x = ${r(1)}; ${w(0)} = x !== null && R.implements(x.t, ${want});`;
      return `x = ${r(1)}; ${w(0)} = x !== null && x.t === ${want};`;
    }
    case Op.IFACEVAL:
      return `${w(0)} = ${r(1)}.v;`;
    case Op.COMPLEX:
      return a(3) === NK.C64 ? `${w(0)} = new R.Complex(Math.fround(${r(1)}), Math.fround(${r(2)}));` : `${w(0)} = new R.Complex(${r(1)}, ${r(2)});`;
    case Op.REAL:
      return `${w(0)} = ${r(1)}.re;`;
    case Op.IMAG:
      return `${w(0)} = ${r(1)}.im;`;
    case Op.MINMAX: {
      const vals: string[] = [];
      for (let i = 0; i < a(2); i++) vals.push(`s[${a(1) + i}]`);
      return `${w(0)} = R.minmax([${vals.join(', ')}], ${a(3)}, ${!!a(4)});`;
    }
    case Op.CLEAR: {
      const t = p.consts[a(1)] as RType;
      return t.kind === 21 ? `x = ${r(0)}; if (x !== null) x.clear();` : `R.clearSlice(${r(0)}, K[${a(1)}].elem);`;
    }
  }
  throw new Error(`jit: no template for ${Op[op]}`);
}
