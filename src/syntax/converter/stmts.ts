// Converting statements: blocks, simple statements, if, for and range, switch, type
// switch and select, labels and branches, go, defer and return.

import type * as ast from '../ast';
import { Converter, TSNode } from './converter';

declare module './converter' {
  interface Converter {
    block(n: TSNode): ast.BlockStmt;
    stmtList(n: TSNode | undefined): ast.Stmt[];
    simpleStmt(n: TSNode | null): ast.Stmt | null;
    stmt(n: TSNode): ast.Stmt;
    commStmt(n: TSNode): ast.SendStmt | ast.ExprStmt | ast.AssignStmt;
    forStmt(n: TSNode): ast.ForStmt | ast.RangeStmt;
  }
}

Converter.prototype.block = function (this: Converter, n: TSNode): ast.BlockStmt {
  const list: ast.Stmt[] = [];
  for (const c of this.named(n)) {
    if (c.type === 'statement_list') for (const s of this.named(c)) list.push(this.stmt(s));
    else list.push(this.stmt(c));
  }
  const last = n.child(n.childCount - 1);
  const rbrace = last && last.type === '}' ? last.startIndex : n.endIndex - 1;
  return { kind: 'BlockStmt', list, rbrace, ...this.span(n) };
};

Converter.prototype.stmtList = function (this: Converter, n: TSNode | undefined): ast.Stmt[] {
  const out: ast.Stmt[] = [];
  if (!n) return out;
  for (const c of this.named(n)) {
    if (c.type === 'statement_list') for (const s of this.named(c)) out.push(this.stmt(s));
  }
  return out;
};

Converter.prototype.simpleStmt = function (this: Converter, n: TSNode | null): ast.Stmt | null {
  return n ? this.stmt(n) : null;
};

Converter.prototype.stmt = function (this: Converter, n: TSNode): ast.Stmt {
  const span = this.span(n);
  switch (n.type) {
    case 'expression_statement':
      return { kind: 'ExprStmt', x: this.expr(this.named(n)[0]), ...span };
    case 'send_statement':
      return {
        kind: 'SendStmt',
        chan: this.expr(this.field(n, 'channel')!),
        value: this.expr(this.field(n, 'value')!),
        arrow: this.tokenPos(n, '<-'),
        ...span,
      };
    case 'inc_statement':
    case 'dec_statement': {
      const tok = n.type === 'inc_statement' ? '++' : '--';
      return { kind: 'IncDecStmt', x: this.expr(this.named(n)[0]), tok, tokPos: this.tokenPos(n, tok), ...span };
    }
    case 'assignment_statement': {
      const op = this.field(n, 'operator')!;
      return {
        kind: 'AssignStmt',
        lhs: this.exprList(this.field(n, 'left')!),
        tok: op.type as ast.AssignTok,
        tokPos: op.startIndex,
        rhs: this.exprList(this.field(n, 'right')!),
        ...span,
      };
    }
    case 'short_var_declaration':
      return {
        kind: 'AssignStmt',
        lhs: this.exprList(this.field(n, 'left')!),
        tok: ':=',
        tokPos: this.tokenPos(n, ':='),
        rhs: this.exprList(this.field(n, 'right')!),
        ...span,
      };
    case 'var_declaration':
    case 'const_declaration':
    case 'type_declaration':
      return { kind: 'DeclStmt', decl: this.genDecl(n), ...span };
    case 'empty_statement':
      return { kind: 'EmptyStmt', ...span };
    case 'labeled_statement': {
      const label = this.ident(this.field(n, 'label')!);
      const inner = this.named(n).filter((c) => c.type !== 'label_name');
      const stmt: ast.Stmt = inner.length ? this.stmt(inner[0]) : { kind: 'EmptyStmt', pos: n.endIndex, end: n.endIndex };
      return { kind: 'LabeledStmt', label, stmt, ...span };
    }
    case 'go_statement':
      return { kind: 'GoStmt', call: this.expr(this.named(n)[0]), ...span };
    case 'defer_statement':
      return { kind: 'DeferStmt', call: this.expr(this.named(n)[0]), ...span };
    case 'return_statement': {
      const list = this.named(n)[0];
      return { kind: 'ReturnStmt', results: list ? this.exprList(list) : [], ...span };
    }
    case 'break_statement':
    case 'continue_statement':
    case 'goto_statement': {
      const labelNode = this.named(n)[0];
      const tok = n.type.replace('_statement', '') as 'break' | 'continue' | 'goto';
      return { kind: 'BranchStmt', tok, label: labelNode ? this.ident(labelNode) : null, ...span };
    }
    case 'fallthrough_statement':
      return { kind: 'BranchStmt', tok: 'fallthrough', label: null, ...span };
    case 'block':
      return this.block(n);
    case 'if_statement': {
      const alt = this.field(n, 'alternative');
      return {
        kind: 'IfStmt',
        init: this.simpleStmt(this.field(n, 'initializer')),
        cond: this.expr(this.field(n, 'condition')!),
        body: this.block(this.field(n, 'consequence')!),
        else_: alt ? (alt.type === 'if_statement' ? (this.stmt(alt) as ast.IfStmt) : this.block(alt)) : null,
        ...span,
      };
    }
    case 'expression_switch_statement': {
      const value = this.field(n, 'value');
      const clauses: ast.CaseClause[] = [];
      for (const c of this.named(n)) {
        if (c.type === 'expression_case') {
          clauses.push({ list: this.exprList(this.field(c, 'value')!), body: this.stmtList(c), colon: this.tokenPos(c, ':'), ...this.span(c) });
        } else if (c.type === 'default_case') {
          clauses.push({ list: null, body: this.stmtList(c), colon: this.tokenPos(c, ':'), ...this.span(c) });
        }
      }
      return {
        kind: 'SwitchStmt',
        init: this.simpleStmt(this.field(n, 'initializer')),
        tag: value ? this.expr(value) : null,
        clauses,
        rbrace: n.endIndex - 1,
        ...span,
      };
    }
    case 'type_switch_statement': {
      const alias = this.field(n, 'alias');
      const clauses: ast.CaseClause[] = [];
      for (const c of this.named(n)) {
        if (c.type === 'type_case') {
          const types = this.fields(c, 'type').map((t) => this.type(t));
          clauses.push({ list: types, body: this.stmtList(c), colon: this.tokenPos(c, ':'), ...this.span(c) });
        } else if (c.type === 'default_case') {
          clauses.push({ list: null, body: this.stmtList(c), colon: this.tokenPos(c, ':'), ...this.span(c) });
        }
      }
      const names = alias ? this.exprList(alias) : [];
      if (names.length > 1) this.fail(alias!, 'syntax error: unexpected comma in type switch guard');
      return {
        kind: 'TypeSwitchStmt',
        init: this.simpleStmt(this.field(n, 'initializer')),
        bind: names.length ? (names[0] as ast.Ident) : null,
        x: this.expr(this.field(n, 'value')!),
        clauses,
        rbrace: n.endIndex - 1,
        ...span,
      };
    }
    case 'select_statement': {
      const clauses: ast.CommClause[] = [];
      for (const c of this.named(n)) {
        if (c.type === 'communication_case') {
          clauses.push({ comm: this.commStmt(this.field(c, 'communication')!), body: this.stmtList(c), colon: this.tokenPos(c, ':'), ...this.span(c) });
        } else if (c.type === 'default_case') {
          clauses.push({ comm: null, body: this.stmtList(c), colon: this.tokenPos(c, ':'), ...this.span(c) });
        }
      }
      return { kind: 'SelectStmt', clauses, rbrace: n.endIndex - 1, ...span };
    }
    case 'for_statement':
      return this.forStmt(n);
    default:
      return this.fail(n, `syntax error: unexpected ${n.type.replace(/_/g, ' ')}`);
  }
};

Converter.prototype.commStmt = function (this: Converter, n: TSNode): ast.SendStmt | ast.ExprStmt | ast.AssignStmt {
  if (n.type === 'send_statement') return this.stmt(n) as ast.SendStmt;
  const right = this.expr(this.field(n, 'right')!);
  const left = this.field(n, 'left');
  if (!left) return { kind: 'ExprStmt', x: right, ...this.span(n) };
  const tok = this.hasToken(n, ':=') ? ':=' : '=';
  return { kind: 'AssignStmt', lhs: this.exprList(left), tok, tokPos: this.tokenPos(n, tok), rhs: [right], ...this.span(n) };
};

Converter.prototype.forStmt = function (this: Converter, n: TSNode): ast.ForStmt | ast.RangeStmt {
  const body = this.block(this.field(n, 'body')!);
  const head = this.named(n).find((c) => c !== null && c.type !== 'block');
  const span = this.span(n);
  if (!head) return { kind: 'ForStmt', init: null, cond: null, post: null, body, ...span };
  if (head.type === 'for_clause') {
    const cond = this.field(head, 'condition');
    return {
      kind: 'ForStmt',
      init: this.simpleStmt(this.field(head, 'initializer')),
      cond: cond ? this.expr(cond) : null,
      post: this.simpleStmt(this.field(head, 'update')),
      body,
      ...span,
    };
  }
  if (head.type === 'range_clause') {
    const left = this.field(head, 'left');
    const lhs = left ? this.exprList(left) : [];
    const tok = left ? (this.hasToken(head, ':=') ? ':=' : '=') : null;
    return {
      kind: 'RangeStmt',
      key: lhs[0] ?? null,
      value: lhs[1] ?? null,
      ...(lhs.length > 2 ? { extra: lhs[2] } : {}),
      tok,
      x: this.expr(this.field(head, 'right')!),
      body,
      forPos: n.startIndex,
      ...span,
    };
  }
  return { kind: 'ForStmt', init: null, cond: this.expr(head), post: null, body, ...span };
};
