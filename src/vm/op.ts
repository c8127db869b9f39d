// The instruction set: one Op enum and one table describing each op's operands
// and virtual-time cost. The compiler emits these, the disassembler prints them
// and the code generator (jit.ts) turns them into JavaScript, all driven by
// this table.
//
// Code is a flat number array: [op, operand, operand, ..., op, ...]. Operand
// shapes (the letters of `args`):
//   w  slot written             r  slot read, or a constant when negative (K[-r-1])
//   k  constant pool index      i  immediate integer
//   j  jump target (pc)         n  numeric kind (NK below)
// A slot operand of NONE means "absent" (e.g. an omitted slice bound).

export const NONE = 0x7fffffff;

export enum Op {
  NOP,
  // moves and constants
  MOV,
  ZERO,
  CLONE,
  COPYINTO,
  // arithmetic and logic
  ADD,
  SUB,
  MUL,
  DIV,
  REM,
  AND,
  OR,
  XOR,
  ANDNOT,
  SHL,
  SHR,
  NEG,
  BITNOT,
  NOT,
  CONV,
  EQ,
  NE,
  LT,
  LE,
  GT,
  GE,
  EQT,
  NET,
  // control flow
  JMP,
  JT,
  JF,
  LOOP,
  // calls
  CALL,
  CALLCL,
  CALLIFACE,
  CALLNATIVE,
  RET,
  GO,
  DEFER,
  PANIC,
  RECOVER,
  // variables in heap cells, closures
  NEWCELL,
  LOADCELL,
  STORECELL,
  LOADENV,
  MAKECLOSURE,
  // structs, arrays, pointers
  FIELD,
  PFIELD,
  SETFIELD,
  PSETFIELD,
  INDEX,
  SETINDEX,
  SINDEX,
  SSETINDEX,
  STRINDEX,
  DEREF,
  STOREREF,
  NILCHECK,
  REFCELL,
  REFFIELD,
  REFINDEX,
  REFSINDEX,
  NEWOBJ,
  // slices and strings
  MAKESLICE,
  SLICE,
  APPEND,
  APPENDSLICE,
  COPY,
  LEN,
  CAP,
  SLICELIT,
  STRCONV,
  NEXTRUNE,
  ARR2PTR,
  // maps
  MAKEMAP,
  MAPGET,
  MAPGET2,
  MAPSET,
  MAPDELETE,
  MAPCLEAR,
  MAPITER,
  MAPNEXT,
  // channels
  MAKECHAN,
  SEND,
  RECV,
  RECV2,
  CLOSE,
  SELECT,
  // interfaces
  TOIFACE,
  ASSERT,
  ASSERT2,
  ISTYPE,
  IFACEVAL,
  // builtins without a better home
  COMPLEX,
  REAL,
  IMAG,
  MINMAX,
  CLEAR,
}

/** Numeric kinds: which Go type an arithmetic or comparison op works on. */
export enum NK {
  I64,
  U64,
  I32,
  I16,
  I8,
  U32,
  U16,
  U8,
  F64,
  F32,
  C128,
  C64,
  STR,
  BOOL,
  /** Anything compared by identity (pointers, channels, nil checks). */
  REF,
}

export const nkNames = ['i64', 'u64', 'i32', 'i16', 'i8', 'u32', 'u16', 'u8', 'f64', 'f32', 'c128', 'c64', 'str', 'bool', 'ref'];

export interface OpInfo {
  name: string;
  /** Operand shapes, one letter per operand (see the header). */
  args: string;
  /** Virtual nanoseconds this instruction costs (see cost.ts for the reasoning). */
  cost: number;
  /** The instruction may end the current run of the goroutine (call, block, panic...). */
  exits?: boolean;
  /** The instruction transfers control (jumps). */
  branch?: boolean;
}

function op(name: string, args: string, cost: number, flags: Partial<OpInfo> = {}): OpInfo {
  return { name, args, cost, ...flags };
}

export const opInfo: Record<Op, OpInfo> = {
  [Op.NOP]: op('NOP', '', 0),
  [Op.MOV]: op('MOV', 'wr', 1),
  [Op.ZERO]: op('ZERO', 'wk', 2),
  [Op.CLONE]: op('CLONE', 'wrk', 4),
  [Op.COPYINTO]: op('COPYINTO', 'rrk', 4),
  [Op.ADD]: op('ADD', 'wrrn', 1),
  [Op.SUB]: op('SUB', 'wrrn', 1),
  [Op.MUL]: op('MUL', 'wrrn', 1),
  [Op.DIV]: op('DIV', 'wrrn', 4, { exits: true }),
  [Op.REM]: op('REM', 'wrrn', 4, { exits: true }),
  [Op.AND]: op('AND', 'wrrn', 1),
  [Op.OR]: op('OR', 'wrrn', 1),
  [Op.XOR]: op('XOR', 'wrrn', 1),
  [Op.ANDNOT]: op('ANDNOT', 'wrrn', 1),
  // SHL/SHR: the last operand says whether the count is of a signed type (negative counts panic).
  [Op.SHL]: op('SHL', 'wrrni', 1, { exits: true }),
  [Op.SHR]: op('SHR', 'wrrni', 1, { exits: true }),
  [Op.NEG]: op('NEG', 'wrn', 1),
  [Op.BITNOT]: op('BITNOT', 'wrn', 1),
  [Op.NOT]: op('NOT', 'wr', 1),
  [Op.CONV]: op('CONV', 'wrnn', 1),
  [Op.EQ]: op('EQ', 'wrrn', 1),
  [Op.NE]: op('NE', 'wrrn', 1),
  [Op.LT]: op('LT', 'wrrn', 1),
  [Op.LE]: op('LE', 'wrrn', 1),
  [Op.GT]: op('GT', 'wrrn', 1),
  [Op.GE]: op('GE', 'wrrn', 1),
  [Op.EQT]: op('EQT', 'wrrk', 3, { exits: true }),
  [Op.NET]: op('NET', 'wrrk', 3, { exits: true }),
  [Op.JMP]: op('JMP', 'j', 1, { branch: true }),
  [Op.JT]: op('JT', 'rj', 1, { branch: true }),
  [Op.JF]: op('JF', 'rj', 1, { branch: true }),
  [Op.LOOP]: op('LOOP', 'j', 1, { branch: true, exits: true }),
  // CALL fn argBase nargs retBase: arguments in consecutive slots, results written from retBase.
  [Op.CALL]: op('CALL', 'kiiw', 5, { exits: true }),
  [Op.CALLCL]: op('CALLCL', 'riiw', 6, { exits: true }),
  // CALLIFACE iface methodName argBase nargs retBase: the receiver is prepended.
  [Op.CALLIFACE]: op('CALLIFACE', 'rkiiw', 8, { exits: true }),
  [Op.CALLNATIVE]: op('CALLNATIVE', 'kiiw', 5, { exits: true }),
  [Op.RET]: op('RET', '', 3, { exits: true }),
  [Op.GO]: op('GO', 'rii', 300, { exits: true }),
  [Op.DEFER]: op('DEFER', 'rii', 20, { exits: true }),
  [Op.PANIC]: op('PANIC', 'r', 50, { exits: true }),
  [Op.RECOVER]: op('RECOVER', 'w', 5),
  [Op.NEWCELL]: op('NEWCELL', 'wr', 5),
  [Op.LOADCELL]: op('LOADCELL', 'wr', 1),
  [Op.STORECELL]: op('STORECELL', 'rr', 1),
  [Op.LOADENV]: op('LOADENV', 'wi', 1),
  [Op.MAKECLOSURE]: op('MAKECLOSURE', 'wkii', 10),
  [Op.FIELD]: op('FIELD', 'wri', 1),
  [Op.PFIELD]: op('PFIELD', 'wri', 1, { exits: true }),
  [Op.SETFIELD]: op('SETFIELD', 'rir', 1),
  [Op.PSETFIELD]: op('PSETFIELD', 'rir', 1, { exits: true }),
  [Op.INDEX]: op('INDEX', 'wrr', 2, { exits: true }),
  [Op.SETINDEX]: op('SETINDEX', 'rrr', 2, { exits: true }),
  [Op.SINDEX]: op('SINDEX', 'wrr', 2, { exits: true }),
  [Op.SSETINDEX]: op('SSETINDEX', 'rrr', 2, { exits: true }),
  [Op.STRINDEX]: op('STRINDEX', 'wrr', 2, { exits: true }),
  [Op.DEREF]: op('DEREF', 'wr', 1, { exits: true }),
  [Op.STOREREF]: op('STOREREF', 'rr', 1, { exits: true }),
  [Op.NILCHECK]: op('NILCHECK', 'r', 1, { exits: true }),
  [Op.REFCELL]: op('REFCELL', 'wr', 3),
  [Op.REFFIELD]: op('REFFIELD', 'wri', 3, { exits: true }),
  [Op.REFINDEX]: op('REFINDEX', 'wrr', 3, { exits: true }),
  [Op.REFSINDEX]: op('REFSINDEX', 'wrr', 3, { exits: true }),
  [Op.NEWOBJ]: op('NEWOBJ', 'wk', 10),
  [Op.MAKESLICE]: op('MAKESLICE', 'wkrr', 20, { exits: true }),
  // SLICE dst x lo hi max kind: kind 0 slice, 1 array (addressable), 2 string, 3 pointer to array.
  [Op.SLICE]: op('SLICE', 'wrrrri', 4, { exits: true }),
  [Op.APPEND]: op('APPEND', 'wriik', 6, { exits: true }),
  [Op.APPENDSLICE]: op('APPENDSLICE', 'wrrk', 10, { exits: true }),
  [Op.COPY]: op('COPY', 'wrrk', 10),
  // LEN/CAP dst x kind: kind 0 slice, 1 string, 2 map, 3 chan, 4 array (JS array), 5 pointer to array.
  [Op.LEN]: op('LEN', 'wri', 1),
  [Op.CAP]: op('CAP', 'wri', 1),
  [Op.SLICELIT]: op('SLICELIT', 'wii', 10),
  // STRCONV dst x mode: see jit.ts's strconv modes.
  [Op.STRCONV]: op('STRCONV', 'wri', 10),
  [Op.NEXTRUNE]: op('NEXTRUNE', 'wwrr', 3),
  [Op.ARR2PTR]: op('ARR2PTR', 'wri', 5, { exits: true }),
  [Op.MAKEMAP]: op('MAKEMAP', 'wk', 30),
  [Op.MAPGET]: op('MAPGET', 'wrrk', 20),
  [Op.MAPGET2]: op('MAPGET2', 'wwrrk', 20),
  [Op.MAPSET]: op('MAPSET', 'rrr', 25, { exits: true }),
  [Op.MAPDELETE]: op('MAPDELETE', 'rr', 20),
  [Op.MAPCLEAR]: op('MAPCLEAR', 'r', 20),
  [Op.MAPITER]: op('MAPITER', 'wr', 30),
  [Op.MAPNEXT]: op('MAPNEXT', 'wwwr', 10),
  [Op.MAKECHAN]: op('MAKECHAN', 'wkr', 50, { exits: true }),
  [Op.SEND]: op('SEND', 'rr', 0, { exits: true }),
  [Op.RECV]: op('RECV', 'wr', 0, { exits: true }),
  [Op.RECV2]: op('RECV2', 'wwr', 0, { exits: true }),
  [Op.CLOSE]: op('CLOSE', 'r', 0, { exits: true }),
  // SELECT dst cases: cases (a constant) lists each case's direction and slots; dst gets the chosen index.
  [Op.SELECT]: op('SELECT', 'wk', 0, { exits: true }),
  [Op.TOIFACE]: op('TOIFACE', 'wrk', 2),
  [Op.ASSERT]: op('ASSERT', 'wrkk', 3, { exits: true }),
  [Op.ASSERT2]: op('ASSERT2', 'wwrk', 3),
  [Op.ISTYPE]: op('ISTYPE', 'wrk', 2),
  [Op.IFACEVAL]: op('IFACEVAL', 'wr', 1),
  [Op.COMPLEX]: op('COMPLEX', 'wrrn', 2),
  [Op.REAL]: op('REAL', 'wrn', 1),
  [Op.IMAG]: op('IMAG', 'wrn', 1),
  // MINMAX dst argBase nargs kind isMax
  [Op.MINMAX]: op('MINMAX', 'wiini', 2),
  [Op.CLEAR]: op('CLEAR', 'rk', 10),
};

/** The number of code words an instruction occupies (the op and its operands). */
export function opSize(op: Op): number {
  return 1 + opInfo[op].args.length;
}
