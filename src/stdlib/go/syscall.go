// Package syscall: the error numbers the simulated file system reports.
package syscall

import "internal/oserror"

// An Errno is an unsigned number describing an error condition.
type Errno uintptr

const (
	ENOENT Errno = 2
	EACCES Errno = 13
	EEXIST Errno = 17
	EINVAL Errno = 22
)

func (e Errno) Error() string {
	switch e {
	case ENOENT:
		return "no such file or directory"
	case EACCES:
		return "permission denied"
	case EEXIST:
		return "file exists"
	case EINVAL:
		return "invalid argument"
	}
	return "errno " + itoa(int(e))
}

func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES
	case oserror.ErrExist:
		return e == EEXIST
	case oserror.ErrNotExist:
		return e == ENOENT
	}
	return false
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}
