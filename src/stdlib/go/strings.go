// Package strings.
package strings
