package main

func main() {
	goto inside /* ERROR "goto inside jumps into block starting at" */
	{
	inside:
		println("in block")
	}
}
