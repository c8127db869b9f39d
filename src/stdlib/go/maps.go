// Package maps defines various functions useful with maps of any type, as
// Go 1.21 has them, with Go 1.23's iterators (All, Keys, Values, Insert, Collect).
//
// The functions convert their type-parameter maps to plain map types before
// indexing them (gosim's checker does not yet index through a type
// parameter's core type).
package maps

import "iter"

// Equal reports whether two maps contain the same key/value pairs. Values
// are compared using ==.
func Equal[M1, M2 ~map[K]V, K, V comparable](m1 M1, m2 M2) bool {
	if len(m1) != len(m2) {
		return false
	}
	other := map[K]V(m2)
	for k, v1 := range m1 {
		if v2, ok := other[k]; !ok || v1 != v2 {
			return false
		}
	}
	return true
}

// EqualFunc is like Equal, but compares values using eq. Keys are still
// compared with ==.
func EqualFunc[M1 ~map[K]V1, M2 ~map[K]V2, K comparable, V1, V2 any](m1 M1, m2 M2, eq func(V1, V2) bool) bool {
	if len(m1) != len(m2) {
		return false
	}
	other := map[K]V2(m2)
	for k, v1 := range m1 {
		if v2, ok := other[k]; !ok || !eq(v1, v2) {
			return false
		}
	}
	return true
}

// Clone returns a copy of m. This is a shallow clone: the new keys and
// values are set using ordinary assignment.
func Clone[M ~map[K]V, K comparable, V any](m M) M {
	// Preserve nil in case it matters.
	if m == nil {
		return nil
	}
	r := make(map[K]V, len(m))
	for k, v := range m {
		r[k] = v
	}
	return M(r)
}

// Copy copies all key/value pairs in src adding them to dst. When a key in
// src is already present in dst, the value in dst will be overwritten by the
// value associated with the key in src.
func Copy[M1 ~map[K]V, M2 ~map[K]V, K comparable, V any](dst M1, src M2) {
	d := map[K]V(dst)
	for k, v := range src {
		d[k] = v
	}
}

// DeleteFunc deletes any key/value pairs from m for which del returns true.
func DeleteFunc[M ~map[K]V, K comparable, V any](m M, del func(K, V) bool) {
	mm := map[K]V(m)
	for k, v := range mm {
		if del(k, v) {
			delete(mm, k)
		}
	}
}

// ---- iterators (Go 1.23) --------------------------------------------------------
// Written with explicit yield calls: the library is checked under the lesson's
// Go version, and range over functions needs 1.23.

// All returns an iterator over key-value pairs from m. The iteration order is
// not specified and is not guaranteed to be the same from one call to the next.
func All[Map ~map[K]V, K comparable, V any](m Map) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range m {
			if !yield(k, v) {
				return
			}
		}
	}
}

// Keys returns an iterator over keys in m, in no particular order.
func Keys[Map ~map[K]V, K comparable, V any](m Map) iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// Values returns an iterator over values in m, in no particular order.
func Values[Map ~map[K]V, K comparable, V any](m Map) iter.Seq[V] {
	return func(yield func(V) bool) {
		for _, v := range m {
			if !yield(v) {
				return
			}
		}
	}
}

// Insert adds the key-value pairs from seq to m, overwriting existing keys.
func Insert[Map ~map[K]V, K comparable, V any](m Map, seq iter.Seq2[K, V]) {
	mm := map[K]V(m)
	seq(func(k K, v V) bool {
		mm[k] = v
		return true
	})
}

// Collect collects key-value pairs from seq into a new map and returns it.
func Collect[K comparable, V any](seq iter.Seq2[K, V]) map[K]V {
	m := make(map[K]V)
	Insert(m, seq)
	return m
}
