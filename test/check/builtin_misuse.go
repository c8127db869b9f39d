package main

func main() {
	_ = len(5 /* ERROR `invalid argument: 5 \(untyped int constant\) for len` */ )
	_ = make(int /* ERROR "invalid argument: cannot make int; type must be slice, map, or channel" */ )
	_ = new(5 /* ERROR "5 is not a type" */ )
	delete([ /* ERROR "is not a map" */ ]int{}, 0)
}
