// Package path: slash-separated path manipulation.
package path

import "strings"

// Clean returns the shortest path name equivalent to path by purely lexical processing.
func Clean(path string) string {
	if path == "" {
		return "."
	}
	rooted := path[0] == '/'
	parts := strings.Split(path, "/")
	var out []string
	for _, p := range parts {
		switch p {
		case "", ".":
			continue
		case "..":
			if len(out) > 0 && out[len(out)-1] != ".." {
				out = out[:len(out)-1]
			} else if !rooted {
				out = append(out, "..")
			}
		default:
			out = append(out, p)
		}
	}
	s := strings.Join(out, "/")
	if rooted {
		return "/" + s
	}
	if s == "" {
		return "."
	}
	return s
}

// Join joins any number of path elements into a single path.
func Join(elem ...string) string {
	var nonEmpty []string
	for _, e := range elem {
		if e != "" {
			nonEmpty = append(nonEmpty, e)
		}
	}
	if len(nonEmpty) == 0 {
		return ""
	}
	return Clean(strings.Join(nonEmpty, "/"))
}

// Base returns the last element of path.
func Base(path string) string {
	if path == "" {
		return "."
	}
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[0 : len(path)-1]
	}
	if i := strings.LastIndex(path, "/"); i >= 0 {
		path = path[i+1:]
	}
	if path == "" {
		return "/"
	}
	return path
}

// Dir returns all but the last element of path.
func Dir(path string) string {
	i := strings.LastIndex(path, "/")
	return Clean(path[:i+1])
}

// Ext returns the file name extension used by path.
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Split splits path immediately following the final slash.
func Split(path string) (dir, file string) {
	i := strings.LastIndex(path, "/")
	return path[:i+1], path[i+1:]
}

// IsAbs reports whether the path is absolute.
func IsAbs(path string) bool { return len(path) > 0 && path[0] == '/' }
