package main

type UserID int
type OrderID int

func main() {
	var u UserID = 1
	var o OrderID
	o = u /* ERROR "cannot use u \\(variable of type UserID\\) as type OrderID in assignment" */
	o = OrderID(u)
	_ = o
}
