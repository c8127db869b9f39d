// The Go abstract syntax tree gosim works on, shaped after go/ast.
//
// Every node carries `pos`, a UTF-16 offset into the source; `SourceFile.position`
// turns it into Go's line:column (columns count bytes, as the gc toolchain does).
// `end` is the offset just past the node. The tree is plain data: the checker
// records what it learns in side tables keyed by node, never on the nodes.

export interface Node {
  readonly pos: number;
  readonly end: number;
}

// ---- expressions ---------------------------------------------------------

export type Expr =
  | Ident
  | BasicLit
  | CompositeLit
  | FuncLit
  | ParenExpr
  | SelectorExpr
  | IndexExpr
  | SliceExpr
  | TypeAssertExpr
  | CallExpr
  | StarExpr
  | UnaryExpr
  | BinaryExpr
  | KeyValueExpr
  | BadExpr
  | TypeExpr;

export type TypeExpr = ArrayType | StructType | FuncType | InterfaceType | MapType | ChanType | Ellipsis;

export interface Ident extends Node {
  kind: 'Ident';
  name: string;
}

export type LitKind = 'INT' | 'FLOAT' | 'IMAG' | 'CHAR' | 'STRING';

export interface BasicLit extends Node {
  kind: 'BasicLit';
  litKind: LitKind;
  /** The literal exactly as written, quotes included. */
  value: string;
}

export interface CompositeLit extends Node {
  kind: 'CompositeLit';
  /** Absent for elided element types inside another composite literal. */
  type: Expr | null;
  elts: Expr[];
  lbrace: number;
}

export interface FuncLit extends Node {
  kind: 'FuncLit';
  type: FuncType;
  body: BlockStmt;
}

export interface ParenExpr extends Node {
  kind: 'ParenExpr';
  x: Expr;
}

export interface SelectorExpr extends Node {
  kind: 'SelectorExpr';
  x: Expr;
  sel: Ident;
}

/** `x[i]`, and also a generic instantiation `f[int, string]`. */
export interface IndexExpr extends Node {
  kind: 'IndexExpr';
  x: Expr;
  indices: Expr[];
  lbrack: number;
}

export interface SliceExpr extends Node {
  kind: 'SliceExpr';
  x: Expr;
  low: Expr | null;
  high: Expr | null;
  max: Expr | null;
  slice3: boolean;
  lbrack: number;
}

/** `x.(T)`; `type` is null for the `x.(type)` of a type switch. */
export interface TypeAssertExpr extends Node {
  kind: 'TypeAssertExpr';
  x: Expr;
  type: Expr | null;
  lparen: number;
}

export interface CallExpr extends Node {
  kind: 'CallExpr';
  fun: Expr;
  args: Expr[];
  /** Offset of `...` after the last argument, or -1. */
  ellipsis: number;
  lparen: number;
  rparen: number;
}

export interface StarExpr extends Node {
  kind: 'StarExpr';
  x: Expr;
}

export type UnaryOp = '+' | '-' | '!' | '^' | '&' | '<-' | '~';

export interface UnaryExpr extends Node {
  kind: 'UnaryExpr';
  op: UnaryOp;
  x: Expr;
}

export type BinaryOp =
  | '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^' | '<<' | '>>' | '&^'
  | '&&' | '||' | '==' | '!=' | '<' | '<=' | '>' | '>=';

export interface BinaryExpr extends Node {
  kind: 'BinaryExpr';
  op: BinaryOp;
  x: Expr;
  y: Expr;
  opPos: number;
}

export interface KeyValueExpr extends Node {
  kind: 'KeyValueExpr';
  key: Expr;
  value: Expr;
  colon: number;
}

/** A place where the parser found no valid expression; a syntax error was reported. */
export interface BadExpr extends Node {
  kind: 'BadExpr';
}

// ---- type expressions ----------------------------------------------------

/** `[N]T`, `[...]T` (len is an Ellipsis) or, with len null, `[]T`. */
export interface ArrayType extends Node {
  kind: 'ArrayType';
  len: Expr | null;
  elt: Expr;
}

export interface Field extends Node {
  names: Ident[];
  type: Expr;
  tag: BasicLit | null;
  /** True for a `...T` final parameter. */
  variadic: boolean;
}

export interface StructType extends Node {
  kind: 'StructType';
  fields: Field[];
}

export interface FuncType extends Node {
  kind: 'FuncType';
  typeParams: Field[];
  params: Field[];
  results: Field[];
}

export interface InterfaceType extends Node {
  kind: 'InterfaceType';
  /** Methods have one name and a FuncType; embedded elements have no names. */
  methods: Field[];
  /** Embedded interfaces and type-set terms: `Stringer`, `~int | ~string`. */
  embeddeds: Expr[];
}

export interface MapType extends Node {
  kind: 'MapType';
  key: Expr;
  value: Expr;
}

export type ChanDir = 'both' | 'send' | 'recv';

export interface ChanType extends Node {
  kind: 'ChanType';
  dir: ChanDir;
  value: Expr;
}

export interface Ellipsis extends Node {
  kind: 'Ellipsis';
  elt: Expr | null;
}

// ---- statements ----------------------------------------------------------

export type Stmt =
  | DeclStmt
  | EmptyStmt
  | LabeledStmt
  | ExprStmt
  | SendStmt
  | IncDecStmt
  | AssignStmt
  | GoStmt
  | DeferStmt
  | ReturnStmt
  | BranchStmt
  | BlockStmt
  | IfStmt
  | SwitchStmt
  | TypeSwitchStmt
  | SelectStmt
  | ForStmt
  | RangeStmt
  | BadStmt;

export interface DeclStmt extends Node {
  kind: 'DeclStmt';
  decl: GenDecl;
}

export interface EmptyStmt extends Node {
  kind: 'EmptyStmt';
}

export interface LabeledStmt extends Node {
  kind: 'LabeledStmt';
  label: Ident;
  stmt: Stmt;
}

export interface ExprStmt extends Node {
  kind: 'ExprStmt';
  x: Expr;
}

export interface SendStmt extends Node {
  kind: 'SendStmt';
  chan: Expr;
  value: Expr;
  arrow: number;
}

export interface IncDecStmt extends Node {
  kind: 'IncDecStmt';
  x: Expr;
  tok: '++' | '--';
  tokPos: number;
}

export type AssignTok = '=' | ':=' | '+=' | '-=' | '*=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '&^=';

export interface AssignStmt extends Node {
  kind: 'AssignStmt';
  lhs: Expr[];
  tok: AssignTok;
  tokPos: number;
  rhs: Expr[];
}

export interface GoStmt extends Node {
  kind: 'GoStmt';
  call: Expr;
}

export interface DeferStmt extends Node {
  kind: 'DeferStmt';
  call: Expr;
}

export interface ReturnStmt extends Node {
  kind: 'ReturnStmt';
  results: Expr[];
}

export interface BranchStmt extends Node {
  kind: 'BranchStmt';
  tok: 'break' | 'continue' | 'goto' | 'fallthrough';
  label: Ident | null;
}

export interface BlockStmt extends Node {
  kind: 'BlockStmt';
  list: Stmt[];
  /** Offset of the closing brace (where a function's implicit return sits). */
  rbrace: number;
}

export interface IfStmt extends Node {
  kind: 'IfStmt';
  init: Stmt | null;
  cond: Expr;
  body: BlockStmt;
  else_: BlockStmt | IfStmt | null;
}

/** A `case` clause of a switch or type switch; `list` is null for `default`. */
export interface CaseClause extends Node {
  list: Expr[] | null;
  body: Stmt[];
  colon: number;
}

export interface SwitchStmt extends Node {
  kind: 'SwitchStmt';
  init: Stmt | null;
  tag: Expr | null;
  clauses: CaseClause[];
  rbrace: number;
}

export interface TypeSwitchStmt extends Node {
  kind: 'TypeSwitchStmt';
  init: Stmt | null;
  /** The bound name in `switch v := x.(type)`, or null. */
  bind: Ident | null;
  /** The `x` of `x.(type)`. */
  x: Expr;
  clauses: CaseClause[];
  rbrace: number;
}

/** A `case` of a select; `comm` is null for `default`. */
export interface CommClause extends Node {
  comm: SendStmt | ExprStmt | AssignStmt | null;
  body: Stmt[];
  colon: number;
}

export interface SelectStmt extends Node {
  kind: 'SelectStmt';
  clauses: CommClause[];
  rbrace: number;
}

export interface ForStmt extends Node {
  kind: 'ForStmt';
  init: Stmt | null;
  cond: Expr | null;
  post: Stmt | null;
  body: BlockStmt;
}

export interface RangeStmt extends Node {
  kind: 'RangeStmt';
  key: Expr | null;
  value: Expr | null;
  /** ':=' declares the iteration variables, '=' assigns to existing ones, null has none. */
  tok: ':=' | '=' | null;
  /** A third iteration variable: Go parses it, and the type checker rejects it. */
  extra?: Expr;
  x: Expr;
  body: BlockStmt;
  forPos: number;
}

export interface BadStmt extends Node {
  kind: 'BadStmt';
}

// ---- declarations --------------------------------------------------------

export interface ImportSpec extends Node {
  kind: 'ImportSpec';
  name: Ident | null;
  path: BasicLit;
}

export interface ValueSpec extends Node {
  kind: 'ValueSpec';
  names: Ident[];
  type: Expr | null;
  values: Expr[];
  /** For constants: the index of the spec within its declaration (the value of iota). */
  iota: number;
  /** True when a constant spec repeats the previous spec's expression list implicitly. */
  implicit: boolean;
}

export interface TypeSpec extends Node {
  kind: 'TypeSpec';
  name: Ident;
  typeParams: Field[];
  /** True for `type A = B`. */
  alias: boolean;
  type: Expr;
}

export type Spec = ImportSpec | ValueSpec | TypeSpec;

export interface GenDecl extends Node {
  kind: 'GenDecl';
  tok: 'import' | 'const' | 'type' | 'var';
  specs: Spec[];
}

export interface FuncDecl extends Node {
  kind: 'FuncDecl';
  recv: Field | null;
  name: Ident;
  type: FuncType;
  body: BlockStmt | null;
}

export type Decl = GenDecl | FuncDecl;

export interface File extends Node {
  kind: 'File';
  pkgName: Ident;
  imports: ImportSpec[];
  decls: Decl[];
}
