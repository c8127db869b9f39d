// Package cmplx: basic constants and mathematical functions for complex numbers.
package cmplx

import "math"

// Abs returns the absolute value (modulus) of x.
func Abs(x complex128) float64 { return math.Hypot(real(x), imag(x)) }

// Conj returns the complex conjugate of x.
func Conj(x complex128) complex128 { return complex(real(x), -imag(x)) }

// Phase returns the phase (argument) of x, in the range [-Pi, Pi].
func Phase(x complex128) float64 { return math.Atan2(imag(x), real(x)) }

// Polar returns the absolute value r and phase θ of x.
func Polar(x complex128) (r, θ float64) { return Abs(x), Phase(x) }

// Rect returns the complex number x with polar coordinates r, θ.
func Rect(r, θ float64) complex128 {
	s, c := math.Sincos(θ)
	return complex(r*c, r*s)
}

// Inf returns a complex infinity, complex(+Inf, +Inf).
func Inf() complex128 {
	inf := math.Inf(1)
	return complex(inf, inf)
}

// NaN returns a complex "not-a-number" value.
func NaN() complex128 {
	nan := math.NaN()
	return complex(nan, nan)
}

// IsNaN reports whether either real(x) or imag(x) is NaN and neither is an infinity.
func IsNaN(x complex128) bool {
	switch {
	case math.IsInf(real(x), 0) || math.IsInf(imag(x), 0):
		return false
	case math.IsNaN(real(x)) || math.IsNaN(imag(x)):
		return true
	}
	return false
}

// IsInf reports whether either real(x) or imag(x) is an infinity.
func IsInf(x complex128) bool { return math.IsInf(real(x), 0) || math.IsInf(imag(x), 0) }

// Exp returns e**x, the base-e exponential of x.
func Exp(x complex128) complex128 {
	r := math.Exp(real(x))
	s, c := math.Sincos(imag(x))
	return complex(r*c, r*s)
}

// Log returns the natural logarithm of x.
func Log(x complex128) complex128 { return complex(math.Log(Abs(x)), Phase(x)) }

// Sqrt returns the square root of x (the result r has real(r) >= 0 and imag(r) with the sign of imag(x)).
func Sqrt(x complex128) complex128 {
	if imag(x) == 0 {
		if real(x) == 0 {
			return complex(0, imag(x))
		}
		if real(x) < 0 {
			return complex(0, math.Copysign(math.Sqrt(-real(x)), imag(x)))
		}
		return complex(math.Sqrt(real(x)), imag(x))
	}
	a := real(x)
	b := imag(x)
	if a == 0 {
		if b < 0 {
			r := math.Sqrt(-0.5 * b)
			return complex(r, -r)
		}
		r := math.Sqrt(0.5 * b)
		return complex(r, r)
	}
	r := math.Hypot(a, b)
	var t float64
	if a > 0 {
		t = math.Sqrt(0.5*r + 0.5*a)
		return complex(t, 0.5*b/t)
	}
	t = math.Sqrt(0.5*r - 0.5*a)
	if b < 0 {
		t = -t
	}
	return complex(0.5*b/t, t)
}

// Pow returns x**y, the base-x exponential of y.
func Pow(x, y complex128) complex128 {
	if x == 0 {
		if y == 0 {
			return 1
		}
		if real(y) < 0 {
			return Inf()
		}
		return 0
	}
	modulus := Abs(x)
	if modulus == 0 {
		return complex(0, 0)
	}
	r := math.Pow(modulus, real(y))
	arg := Phase(x)
	theta := real(y) * arg
	if imag(y) != 0 {
		r *= math.Exp(-imag(y) * arg)
		theta += imag(y) * math.Log(modulus)
	}
	s, c := math.Sincos(theta)
	return complex(r*c, r*s)
}

func Sin(x complex128) complex128 {
	s, c := math.Sincos(real(x))
	sh, ch := math.Sinh(imag(x)), math.Cosh(imag(x))
	return complex(s*ch, c*sh)
}

func Cos(x complex128) complex128 {
	s, c := math.Sincos(real(x))
	sh, ch := math.Sinh(imag(x)), math.Cosh(imag(x))
	return complex(c*ch, -s*sh)
}
