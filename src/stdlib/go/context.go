// Package context.
package context
