package main

type Acc struct{ Balance int }

func main() {
	m := map[string]Acc{}
	m /* ERROR "cannot assign to struct field m\\[\"a\"\\].Balance in map" */ ["a"].Balance = 1
}
