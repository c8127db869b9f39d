// errors' natives: the type tests behind errors.As and errors.Is, on
// hand-built run-time types (the Go side is checked end to end by
// test/programs/std_errors_*).

import * as assert from 'assert';
import { callNative } from './fixture';
import { Kind, RType } from '../../src/vm/rtype';
import type { FuncProto } from '../../src/vm/func';
import { Iface, Ref } from '../../src/vm/value';

let ids = 1;
function type(kind: Kind, str: string, init: Partial<RType> = {}): RType {
  const t = Object.assign(new RType(ids++, kind, str), init);
  t.finish();
  return t;
}
/** One canonical func type per method name, as the compiler makes them. */
const funcTypes = new Map<string, RType>();
const methodType = (name: string): RType => {
  let t = funcTypes.get(name);
  if (!t) funcTypes.set(name, (t = type(Kind.Func, `func() /* ${name} */`)));
  return t;
};
const withMethods = (t: RType, ...names: string[]): RType => {
  for (const n of names) {
    t.methods.set(n, {} as FuncProto);
    t.methodTypes.set(n, methodType(n));
  }
  return t;
};
const iface = (str: string, ...names: string[]): RType => type(Kind.Interface, str, { imethods: names, imethodTypes: names.map(methodType) });

const errorType = iface('error', 'Error');
const opError = type(Kind.Struct, 'main.OpError', { name: 'OpError', pkgPath: 'main' });
const opErrorPtr = withMethods(type(Kind.Pointer, '*main.OpError', { elem: opError }), 'Error', 'Unwrap');
const codeErr = withMethods(type(Kind.Int, 'main.codeErr', { name: 'codeErr', pkgPath: 'main' }), 'Error');
const timeout = iface('interface { Timeout() bool }', 'Timeout');
const ptrTo = (elem: RType) => type(Kind.Pointer, '*' + elem.str, { elem });
const sliceType = type(Kind.Slice, '[]int', { comparable: false });

describe('errors natives', () => {
  it('rejects As targets that are not non-nil pointers to an interface or an error type', () => {
    assert.deepStrictEqual(callNative('errors.checkAsTarget', [new Iface(codeErr, 3)]), ['errors: target must be a non-nil pointer']);
    assert.deepStrictEqual(callNative('errors.checkAsTarget', [new Iface(ptrTo(opErrorPtr), null)]), ['errors: target must be a non-nil pointer']);
    const intPtr = ptrTo(type(Kind.Int, 'int'));
    assert.deepStrictEqual(callNative('errors.checkAsTarget', [new Iface(intPtr, new Ref([0], 0))]), ['errors: *target must be interface or implement error']);
    assert.deepStrictEqual(callNative('errors.checkAsTarget', [new Iface(ptrTo(opErrorPtr), new Ref([null], 0))]), ['']);
    assert.deepStrictEqual(callNative('errors.checkAsTarget', [new Iface(ptrTo(timeout), new Ref([null], 0))]), ['']);
  });

  it('matches an error to a concrete target type only when the types are identical', () => {
    const target = new Iface(ptrTo(opErrorPtr), new Ref([null], 0));
    const op = new Iface(opErrorPtr, ['write', null]);
    assert.deepStrictEqual(callNative('errors.assignableToElem', [op, target]), [true]);
    assert.deepStrictEqual(callNative('errors.assignableToElem', [new Iface(codeErr, 404), target]), [false]);
  });

  it('matches an error to an interface target type by its methods', () => {
    const target = new Iface(ptrTo(timeout), new Ref([null], 0));
    assert.deepStrictEqual(callNative('errors.assignableToElem', [new Iface(codeErr, 1), target]), [false]);
    const timeoutErr = withMethods(type(Kind.Pointer, '*main.T', { elem: opError }), 'Error', 'Timeout');
    assert.deepStrictEqual(callNative('errors.assignableToElem', [new Iface(timeoutErr, []), target]), [true]);
    assert.deepStrictEqual(callNative('errors.assignableToElem', [new Iface(codeErr, 1), new Iface(ptrTo(errorType), new Ref([null], 0))]), [true]);
  });

  it('stores the dynamic value through a concrete target and the interface value through an interface target', () => {
    const cell: unknown[] = [null];
    const op = new Iface(opErrorPtr, ['write', null]);
    callNative('errors.setElem', [new Iface(ptrTo(opErrorPtr), new Ref(cell, 0)), op]);
    assert.strictEqual(cell[0], op.v);
    callNative('errors.setElem', [new Iface(ptrTo(errorType), new Ref(cell, 0)), op]);
    assert.strictEqual(cell[0], op);
  });

  it('copies a struct error into the struct a target points to', () => {
    const structErr = withMethods(type(Kind.Struct, 'main.E', { name: 'E', pkgPath: 'main', fields: [{ name: 'Code', type: codeErr, embedded: false, exported: true }] }), 'Error');
    const target = [0];
    callNative('errors.setElem', [new Iface(ptrTo(structErr), target), new Iface(structErr, [7])]);
    assert.deepStrictEqual(target, [7]);
  });

  it('reports whether a target is comparable', () => {
    assert.deepStrictEqual(callNative('errors.isComparable', [new Iface(codeErr, 1)]), [true]);
    assert.deepStrictEqual(callNative('errors.isComparable', [new Iface(sliceType, null)]), [false]);
  });
});
