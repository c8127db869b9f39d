// lesson: closing a nil channel panics
package main

import "fmt"

type Service struct{ quit chan struct{} }

func (s *Service) Stop() { close(s.quit) }

func main() {
	s := &Service{}
	fmt.Println("stopping a service that was never started")
	s.Stop()
}
