// Interface types: their methods and embedded elements, type sets of unions and
// `~T` terms, and the completion of an interface's method set (go/types'
// interface.go and union.go).

import type * as ast from '../syntax/ast';
import { Checker } from './checker';
import { Func, Var } from './objects';
import { Mode } from './operand';
import { identical, isValid } from './predicates';
import { typeString } from './typestring';
import { Interface, Named, Term, Type, Union, invalidType } from './types';

declare module './checker' {
  interface Checker {
    completeInterface(t: Interface): void;
  }
}

export function interfaceType(c: Checker, e: ast.InterfaceType, def: Named | null): Interface {
  const methods: Func[] = [];
  const embeddeds: Type[] = [];
  const iface = new Interface(methods, embeddeds);
  if (def) def.setUnderlying(iface);
  for (const m of e.methods) {
    const name = m.names[0];
    const sig = c.funcType(m.type as ast.FuncType, null, null);
    const f = new Func(name.name, sig, name.pos, c.pkg);
    f.iface = def ?? iface;
    sig.recv = new Var('', def ?? iface, -1, c.pkg);
    c.recordDef(name, f);
    const prev = methods.find((x) => x.name === f.name);
    if (prev) c.error(name.pos, `duplicate method ${f.name}`, [`${c.file.format(prev.pos)}: other declaration of ${f.name}`]);
    methods.push(f);
  }
  for (const emb of e.embeddeds) {
    embeddeds.push(constraintTerm(c, emb));
    iface.embeddedPos.push(emb.pos);
  }
  if (def) {
    const i = c.embeddingCycle(def, embeddeds);
    if (i >= 0) embeddeds[i] = invalidType;
  }
  // Embedded interfaces may still be being declared (recursive declarations): then complete later.
  const ready = embeddeds.every((t) => !(t instanceof Named) || t.resolved);
  if (ready) c.completeInterface(iface);
  else c.delayed.push(() => c.completeInterface(iface));
  return iface;
}

/** An embedded element of an interface: an interface, a type, `~T`, or a union. */
export function constraintTerm(c: Checker, e: ast.Expr): Type {
  if (e.kind === 'BinaryExpr' && e.op === '|') {
    const terms: Term[] = [];
    const collect = (x: ast.Expr) => {
      if (x.kind === 'BinaryExpr' && x.op === '|') {
        collect(x.x);
        collect(x.y);
      } else terms.push(termOf(c, x));
    };
    collect(e);
    const u = new Union(terms);
    c.record(e, Mode.TypeExpr, u, null);
    return u;
  }
  if (e.kind === 'UnaryExpr' && e.op === '~') {
    const u = new Union([termOf(c, e)]);
    c.record(e, Mode.TypeExpr, u, null);
    return u;
  }
  return c.typExpr(e);
}

function termOf(c: Checker, e: ast.Expr): Term {
  if (e.kind === 'UnaryExpr' && e.op === '~') {
    const t = c.typExpr(e.x);
    if (isValid(t) && !identical(t, t.underlying())) {
      c.error(e.pos, `invalid use of ~ (underlying type of ${typeString(t, c.pkg)} is ${typeString(t.underlying(), c.pkg)})`);
    }
    return { tilde: true, type: t };
  }
  return { tilde: false, type: c.typExpr(e) };
}

/** Computes an interface's full method set and type set from its embedded elements. */
Checker.prototype.completeInterface = function (this: Checker, t: Interface): void {
  if (t.complete) return;
  t.complete = true;
  const all = new Map<string, Func>();
  // Where each method came in: its declaration, or the embedding that brought it.
  const from = new Map<string, number>();
  for (const m of t.methods) {
    all.set(m.name, m);
    from.set(m.name, m.pos);
  }
  let terms: Term[] | null = null;
  const intersect = (ts: Term[]) => {
    if (terms === null) terms = ts;
    else terms = terms.filter((a) => ts.some((b) => identical(a.type, b.type) || (b.tilde && identical(a.type.underlying(), b.type))));
  };
  t.embeddeds.forEach((e, i) => {
    const pos = t.embeddedPos[i] ?? -1;
    const u = e instanceof Union ? e : e.underlying();
    if (e instanceof Union) {
      // A union's terms that are interfaces contribute their type sets.
      const flat: Term[] = [];
      for (const term of e.terms) {
        const tu = term.type.underlying();
        if (tu instanceof Interface && !term.tilde) {
          this.completeInterface(tu);
          if (tu.terms) flat.push(...tu.terms);
        } else flat.push(term);
      }
      intersect(flat);
      return;
    }
    if (u instanceof Interface) {
      this.completeInterface(u);
      for (const m of u.allMethods) {
        const prev = all.get(m.name);
        // spec: methods of the same name must have identical signatures.
        if (prev && !identical(prev.type, m.type)) {
          if (pos >= 0) this.error(pos, `duplicate method ${m.name}`, [`${this.file.format(from.get(m.name)!)}: other declaration of ${m.name}`]);
          continue;
        }
        if (!prev) {
          all.set(m.name, m);
          from.set(m.name, pos);
        }
      }
      if (u.terms) intersect(u.terms);
      if (u.comparable) t.comparable = true;
      return;
    }
    if (isValid(e)) intersect([{ tilde: false, type: e }]);
  });
  t.terms = terms;
  t.allMethods = [...all.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
};
