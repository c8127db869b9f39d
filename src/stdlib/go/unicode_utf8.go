// Package unicode/utf8.
package utf8
