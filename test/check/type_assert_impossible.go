package main

type Reader interface{ Read() string }

type File struct{}

func (*File) Read() string { return "" }

func main() {
	var r Reader = &File{}
	_ = r /* ERROR `impossible type assertion: r.\(File\)` */ .(File)
	var e error
	_ = e /* ERROR "impossible type assertion" */ .(string)
}
