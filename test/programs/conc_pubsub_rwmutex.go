// lesson: a publish/subscribe hub: subscribers get buffered channels, an RWMutex guards the subscriber list
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Hub struct {
	mu   sync.RWMutex
	subs map[string][]chan string
}

func (h *Hub) Subscribe(topic string) <-chan string {
	h.mu.Lock()
	defer h.mu.Unlock()
	ch := make(chan string, 8)
	h.subs[topic] = append(h.subs[topic], ch)
	return ch
}

func (h *Hub) Publish(topic, msg string) int {
	h.mu.RLock()
	defer h.mu.RUnlock()
	for _, ch := range h.subs[topic] {
		ch <- msg
	}
	return len(h.subs[topic])
}

func (h *Hub) Close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, list := range h.subs {
		for _, ch := range list {
			close(ch)
		}
	}
}

func main() {
	h := &Hub{subs: map[string][]chan string{}}
	var wg sync.WaitGroup
	var mu sync.Mutex
	got := map[string][]string{}
	for i, topic := range []string{"news", "news", "sport"} {
		ch := h.Subscribe(topic)
		name := fmt.Sprintf("%s-reader%d", topic, i)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for msg := range ch {
				mu.Lock()
				got[name] = append(got[name], msg)
				mu.Unlock()
			}
		}()
	}
	fmt.Println(h.Publish("news", "go 1.23 released"), h.Publish("sport", "final score 2-1"), h.Publish("weather", "sunny"))
	h.Publish("news", "iterators arrive")
	h.Close()
	wg.Wait()
	var names []string
	for n := range got {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, "->", strings.Join(got[n], " | "))
	}
}
