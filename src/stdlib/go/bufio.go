// Package bufio.
package bufio
