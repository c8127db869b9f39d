// Package math/rand/v2.
package rand
