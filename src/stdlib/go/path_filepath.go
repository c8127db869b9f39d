// Package filepath: file name manipulation (the simulated machine uses '/').
package filepath

import "path"

const (
	Separator     = '/'
	ListSeparator = ':'
)

func Clean(p string) string                { return path.Clean(p) }
func Join(elem ...string) string           { return path.Join(elem...) }
func Base(p string) string                 { return path.Base(p) }
func Dir(p string) string                  { return path.Dir(p) }
func Ext(p string) string                  { return path.Ext(p) }
func Split(p string) (dir, file string)    { return path.Split(p) }
func IsAbs(p string) bool                  { return path.IsAbs(p) }
func ToSlash(p string) string              { return p }
func FromSlash(p string) string            { return p }
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	return Join("/", p), nil
}
