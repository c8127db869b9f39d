// Package unicode.
package unicode
