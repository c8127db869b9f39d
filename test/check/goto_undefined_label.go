package main

func main() {
	goto done /* ERROR "label done not defined" */
}
