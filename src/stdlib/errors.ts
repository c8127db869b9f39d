// Native parts of package errors: the run-time type tests behind errors.Is
// and errors.As, which Go does with reflection.
//
// Contract assumed: an interface value is an Iface whose `t` is the dynamic
// type; a pointer to a struct or array is that object, any other pointer is
// a Ref (vm/value.ts).

import type { NativeHost, NativeImpl } from '../vm/native';
import { Kind, RType, implementsIface } from '../vm/rtype';
import { Iface, Ref } from '../vm/value';

/** The type target points to; checkAsTarget has made sure it is a non-nil pointer. */
function elemOf(target: Iface): RType {
  return target.t.elem!;
}

/** Whether t has error's method, Error() string (by name alone if the program has no error type). */
function implementsError(h: NativeHost, t: RType): boolean {
  let errorType: RType | null = null;
  try {
    errorType = h.type('error');
  } catch {
    // A host without run-time types (unit tests): fall back to the name.
  }
  return errorType ? implementsIface(t, errorType) : t.methods.has('Error');
}

export const natives: Record<string, NativeImpl> = {
  'errors.isComparable': { fn: (_h, [target]) => (target as Iface).t.comparable },

  'errors.checkAsTarget': {
    fn: (h, [target]) => {
      const t = target as Iface;
      if (t.t.kind !== Kind.Pointer || t.v === null) return 'errors: target must be a non-nil pointer';
      const elem = elemOf(t);
      if (elem.kind !== Kind.Interface && !implementsError(h, elem)) return 'errors: *target must be interface or implement error';
      return '';
    },
  },

  'errors.assignableToElem': {
    fn: (_h, [err, target]) => {
      const elem = elemOf(target as Iface);
      const dyn = (err as Iface).t;
      // A dynamic type is concrete: assignable to an interface it implements, or to itself.
      return elem.kind === Kind.Interface ? implementsIface(dyn, elem) : dyn === elem;
    },
  },

  'errors.setElem': {
    fn: (_h, [target, err]) => {
      const t = target as Iface;
      const elem = elemOf(t);
      const e = err as Iface;
      const v = elem.kind === Kind.Interface ? e : e.v;
      if (elem.isValue) elem.copyInto(t.v as unknown[], v as unknown[]);
      else (t.v as Ref).set(v);
    },
  },
};
