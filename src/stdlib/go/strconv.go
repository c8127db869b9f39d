// Package strconv.
package strconv
