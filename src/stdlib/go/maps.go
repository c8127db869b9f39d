// Package maps.
package maps
