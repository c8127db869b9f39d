// Package sync/atomic.
package atomic
