// Package runtime.
package runtime
