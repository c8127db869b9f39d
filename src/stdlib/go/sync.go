// Package sync.
package sync
