// Package math/rand.
package rand
