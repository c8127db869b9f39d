// A recognizer for Go source that reports syntax errors as the gc compiler's
// parser does: the same messages ("syntax error: unexpected X, expecting Y"),
// at the same tokens, and the same recovery, so that the errors after the
// first are the ones go build also reports.
//
// It builds nothing: tree-sitter's tree (parser.ts) is what becomes our AST.
// But tree-sitter recovers from errors its own way, so the errors are found
// by walking the tokens the way gc's recursive-descent parser does, choice by
// choice. What it remembers of the input is only what those choices need
// (whether an expression was a name, a call, a parenthesized type, ...).
//
// The Recognizer's methods are spread over files by concept, as gc's parser.go
// is divided in sections: recognizer/parser.ts (the class, errors and recovery,
// names and lists), decls.ts, types.ts, exprs.ts and stmts.ts; importing this
// module loads them all.

import { Recognizer, RecognizedError } from './recognizer/parser';
import './recognizer/decls';
import './recognizer/types';
import './recognizer/exprs';
import './recognizer/stmts';

export type { RecognizedError } from './recognizer/parser';

/** The syntax errors gc reports in src; goVersion (20 for Go 1.20, ...) picks the parser's version where they differ. */
export function recognize(src: string, goVersion = Infinity): RecognizedError[] {
  const r = new Recognizer(src, goVersion >= 20);
  r.file();
  return r.errors;
}
