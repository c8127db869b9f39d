// lesson: arrays of arrays are values: copies, comparison, iteration and matrices
package main

import "fmt"

type Matrix [3][3]int

func (m Matrix) Transpose() Matrix {
	var t Matrix
	for i := range m {
		for j := range m[i] {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func (m *Matrix) Scale(k int) {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= k
		}
	}
}

func mul(a, b Matrix) Matrix {
	var c Matrix
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func main() {
	m := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	t := m.Transpose()
	fmt.Println(m)
	fmt.Println(t)
	c := m
	c[0][0] = 100
	fmt.Println(m[0][0], c[0][0], m == c, m == t.Transpose())
	m.Scale(2)
	fmt.Println(m[2])
	id := Matrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	fmt.Println(mul(m, id) == m)

	var board [2][4]rune
	for i := range board {
		for j := range board[i] {
			board[i][j] = '.'
		}
	}
	board[1][2] = '#'
	for _, row := range board {
		fmt.Println(string(row[:]))
	}
	row := board[1]
	row[0] = '@'
	fmt.Println(string(board[1][:]), string(row[:]))

	cube := [2][2][2]int{}
	cube[1][1][1] = 8
	fmt.Println(cube, len(cube), len(cube[0]), len(cube[0][0]))
	p := &cube[1]
	p[0][1] = 5
	fmt.Println(cube)
	s := m[1][:2]
	s[0] = -1
	fmt.Println(m[1])
	fmt.Printf("%v %T\n", [...][2]string{{"a", "b"}, {"c"}}, [2][3]bool{})
}
