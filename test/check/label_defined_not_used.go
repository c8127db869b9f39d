package main

func main() {
outer /* ERROR "label outer defined and not used" */ :
	for i := 0; i < 2; i++ {
		_ = i
	}
}
