// Package bytes.
package bytes
