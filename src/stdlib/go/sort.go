// Package sort.
package sort
