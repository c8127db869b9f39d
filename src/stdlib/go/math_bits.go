// Package math/bits.
package bits
