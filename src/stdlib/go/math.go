// Package math.
package math
