// Package cmp.
package cmp
