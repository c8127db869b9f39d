// Package atomic: atomic memory operations. In the simulation a goroutine is
// never interrupted inside these short functions (preemption happens only at
// loops and calls), so plain Go code is atomic.
package atomic

func AddInt32(addr *int32, delta int32) (new int32)       { *addr += delta; return *addr }
func AddInt64(addr *int64, delta int64) (new int64)       { *addr += delta; return *addr }
func AddUint32(addr *uint32, delta uint32) (new uint32)   { *addr += delta; return *addr }
func AddUint64(addr *uint64, delta uint64) (new uint64)   { *addr += delta; return *addr }
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr) { *addr += delta; return *addr }

func LoadInt32(addr *int32) (val int32)       { return *addr }
func LoadInt64(addr *int64) (val int64)       { return *addr }
func LoadUint32(addr *uint32) (val uint32)    { return *addr }
func LoadUint64(addr *uint64) (val uint64)    { return *addr }
func LoadUintptr(addr *uintptr) (val uintptr) { return *addr }

func StoreInt32(addr *int32, val int32)       { *addr = val }
func StoreInt64(addr *int64, val int64)       { *addr = val }
func StoreUint32(addr *uint32, val uint32)    { *addr = val }
func StoreUint64(addr *uint64, val uint64)    { *addr = val }
func StoreUintptr(addr *uintptr, val uintptr) { *addr = val }

func SwapInt32(addr *int32, new int32) (old int32)       { old = *addr; *addr = new; return }
func SwapInt64(addr *int64, new int64) (old int64)       { old = *addr; *addr = new; return }
func SwapUint32(addr *uint32, new uint32) (old uint32)    { old = *addr; *addr = new; return }
func SwapUint64(addr *uint64, new uint64) (old uint64)    { old = *addr; *addr = new; return }
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr) { old = *addr; *addr = new; return }

func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

// An Int32 is an atomic int32. The zero value is zero.
type Int32 struct {
	_ noCopy
	v int32
}

func (x *Int32) Load() int32                           { return x.v }
func (x *Int32) Store(val int32)                       { x.v = val }
func (x *Int32) Swap(new int32) (old int32)            { old = x.v; x.v = new; return }
func (x *Int32) Add(delta int32) (new int32)           { x.v += delta; return x.v }
func (x *Int32) CompareAndSwap(old, new int32) bool    { return CompareAndSwapInt32(&x.v, old, new) }

// An Int64 is an atomic int64.
type Int64 struct {
	_ noCopy
	_ align64
	v int64
}

func (x *Int64) Load() int64                        { return x.v }
func (x *Int64) Store(val int64)                    { x.v = val }
func (x *Int64) Swap(new int64) (old int64)         { old = x.v; x.v = new; return }
func (x *Int64) Add(delta int64) (new int64)        { x.v += delta; return x.v }
func (x *Int64) CompareAndSwap(old, new int64) bool { return CompareAndSwapInt64(&x.v, old, new) }

// A Uint32 is an atomic uint32.
type Uint32 struct {
	_ noCopy
	v uint32
}

func (x *Uint32) Load() uint32                        { return x.v }
func (x *Uint32) Store(val uint32)                    { x.v = val }
func (x *Uint32) Swap(new uint32) (old uint32)        { old = x.v; x.v = new; return }
func (x *Uint32) Add(delta uint32) (new uint32)       { x.v += delta; return x.v }
func (x *Uint32) CompareAndSwap(old, new uint32) bool { return CompareAndSwapUint32(&x.v, old, new) }

// A Uint64 is an atomic uint64.
type Uint64 struct {
	_ noCopy
	_ align64
	v uint64
}

func (x *Uint64) Load() uint64                        { return x.v }
func (x *Uint64) Store(val uint64)                    { x.v = val }
func (x *Uint64) Swap(new uint64) (old uint64)        { old = x.v; x.v = new; return }
func (x *Uint64) Add(delta uint64) (new uint64)       { x.v += delta; return x.v }
func (x *Uint64) CompareAndSwap(old, new uint64) bool { return CompareAndSwapUint64(&x.v, old, new) }

// A Uintptr is an atomic uintptr.
type Uintptr struct {
	_ noCopy
	v uintptr
}

func (x *Uintptr) Load() uintptr                  { return x.v }
func (x *Uintptr) Store(val uintptr)              { x.v = val }
func (x *Uintptr) Add(delta uintptr) (new uintptr) { x.v += delta; return x.v }

// A Bool is an atomic boolean.
type Bool struct {
	_ noCopy
	v uint32
}

func (x *Bool) Load() bool { return x.v != 0 }
func (x *Bool) Store(val bool) {
	if val {
		x.v = 1
	} else {
		x.v = 0
	}
}
func (x *Bool) Swap(new bool) (old bool) {
	old = x.Load()
	x.Store(new)
	return
}
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	if x.Load() == old {
		x.Store(new)
		return true
	}
	return false
}

// A Pointer is an atomic pointer of type *T.
type Pointer[T any] struct {
	_ noCopy
	v *T
}

func (x *Pointer[T]) Load() *T                           { return x.v }
func (x *Pointer[T]) Store(val *T)                       { x.v = val }
func (x *Pointer[T]) Swap(new *T) (old *T)               { old = x.v; x.v = new; return }
func (x *Pointer[T]) CompareAndSwap(old, new *T) bool {
	if x.v == old {
		x.v = new
		return true
	}
	return false
}

// A Value provides an atomic load and store of a consistently typed value.
type Value struct {
	v any
}

func (v *Value) Load() (val any) { return v.v }
func (v *Value) Store(val any) {
	if val == nil {
		valuePanic("Store", 49, "sync/atomic: store of nil value into Value")
	}
	if v.v != nil && !sameType(v.v, val) {
		valuePanic("Store", 78, "sync/atomic: store of inconsistently typed value into Value")
	}
	v.v = val
}
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		valuePanic("Swap", 92, "sync/atomic: swap of nil value into Value")
	}
	if v.v != nil && !sameType(v.v, new) {
		valuePanic("Swap", 122, "sync/atomic: swap of inconsistently typed value into Value")
	}
	old = v.v
	v.v = new
	return
}
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		valuePanic("CompareAndSwap", 137, "sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		valuePanic("CompareAndSwap", 143, "sync/atomic: compare and swap of inconsistently typed values")
	}
	if v.v == nil {
		if old != nil {
			return false
		}
		v.v = new
		return true
	}
	if !sameType(v.v, new) {
		valuePanic("CompareAndSwap", 174, "sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	if v.v != old {
		return false
	}
	v.v = new
	return true
}

// sameType reports whether two non-nil interface values hold the same dynamic type.
func sameType(a, b any) bool

// valuePanic panics with msg as Go's (*Value).method does at line of value.go.
func valuePanic(method string, line int, msg string)

type noCopy struct{}

type align64 struct{}
