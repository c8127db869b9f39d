package shapes

func Area(w, h float64) float64 { return w * h }
