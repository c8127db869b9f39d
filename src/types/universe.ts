// The universe scope: Go's predeclared identifiers (go/types' universe.go).

import { makeBool, makeInt } from './constant';
import { Builtin, BuiltinId, Const, Func, Nil, TypeName, Var } from './objects';
import { Scope } from './scope';
import { setAnyInterface } from './typestring';
import { BasicKind, Interface, Named, Signature, Tuple, Typ, byteType, runeType } from './types';

export const universe = new Scope(null, 0, Number.MAX_SAFE_INTEGER, 'universe');

function defType(name: string, t: import('./types').Type): TypeName {
  const tn = new TypeName(name, t, -1, null);
  universe.insert(tn);
  return tn;
}

for (const k of [
  BasicKind.Bool,
  BasicKind.Int,
  BasicKind.Int8,
  BasicKind.Int16,
  BasicKind.Int32,
  BasicKind.Int64,
  BasicKind.Uint,
  BasicKind.Uint8,
  BasicKind.Uint16,
  BasicKind.Uint32,
  BasicKind.Uint64,
  BasicKind.Uintptr,
  BasicKind.Float32,
  BasicKind.Float64,
  BasicKind.Complex64,
  BasicKind.Complex128,
  BasicKind.String,
]) {
  defType(Typ[k].name, Typ[k]);
}
const byteName = defType('byte', byteType);
byteName.isAlias = true;
const runeName = defType('rune', runeType);
runeName.isAlias = true;

/** `any`, the alias for `interface{}`. */
export const anyType = new Interface([], []);
anyType.complete = true;
setAnyInterface(anyType);
defType('any', anyType).isAlias = true;

/** The predeclared `error` interface: `interface { Error() string }`. */
const errorName = new TypeName('error', Typ[BasicKind.Invalid], -1, null);
export const errorType = new Named(errorName);
errorName.type = errorType;
{
  const errorMethod = new Func('Error', new Signature(new Tuple([]), new Tuple([new Var('', Typ[BasicKind.String], -1, null)]), false), -1, null);
  const iface = new Interface([errorMethod], []);
  iface.allMethods = [errorMethod];
  iface.complete = true;
  errorMethod.iface = errorType;
  (errorMethod.type as Signature).recv = new Var('', errorType, -1, null);
  errorType.setUnderlying(iface);
  universe.insert(errorName);
}

/** `comparable`, usable only as a constraint. */
export const comparableType = (() => {
  const tn = new TypeName('comparable', Typ[BasicKind.Invalid], -1, null);
  const named = new Named(tn);
  tn.type = named;
  const iface = new Interface([], []);
  iface.comparable = true;
  iface.complete = true;
  named.setUnderlying(iface);
  universe.insert(tn);
  return named;
})();

universe.insert(new Const('true', Typ[BasicKind.UntypedBool], -1, null, makeBool(true)));
universe.insert(new Const('false', Typ[BasicKind.UntypedBool], -1, null, makeBool(false)));
export const iotaObj = new Const('iota', Typ[BasicKind.UntypedInt], -1, null, makeInt(0));
universe.insert(iotaObj);
universe.insert(new Nil('nil', Typ[BasicKind.UntypedNil], -1, null));

const builtins: BuiltinId[] = [
  'append',
  'cap',
  'clear',
  'close',
  'complex',
  'copy',
  'delete',
  'imag',
  'len',
  'make',
  'max',
  'min',
  'new',
  'panic',
  'print',
  'println',
  'real',
  'recover',
];
for (const id of builtins) universe.insert(new Builtin(id));
