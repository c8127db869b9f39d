// Package slices.
package slices
