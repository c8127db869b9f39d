// Package net: just enough networking for lessons about goroutines blocked on
// network input. A listener accepts nothing: Accept blocks in the network
// poller ([IO wait]), which — as in Go — keeps the deadlock detector quiet.
// Dialing fails: the simulated machine has no network.
package net

import "errors"

// An Addr represents a network end point address.
type Addr interface {
	Network() string
	String() string
}

// A Conn is a generic stream-oriented network connection.
type Conn interface {
	Read(b []byte) (n int, err error)
	Write(b []byte) (n int, err error)
	Close() error
	LocalAddr() Addr
	RemoteAddr() Addr
}

// A Listener is a generic network listener for stream-oriented protocols.
type Listener interface {
	Accept() (Conn, error)
	Close() error
	Addr() Addr
}

type addr struct{ network, s string }

func (a *addr) Network() string { return a.network }
func (a *addr) String() string  { return a.s }

type listener struct {
	a      *addr
	closed bool
}

func pollWait()

func (l *listener) Accept() (Conn, error) {
	if l.closed {
		return nil, errors.New("accept " + l.a.s + ": use of closed network connection")
	}
	pollWait()
	return nil, errors.New("accept: no connection")
}

func (l *listener) Close() error { l.closed = true; return nil }
func (l *listener) Addr() Addr   { return l.a }

// Listen announces on the local network address.
func Listen(network, address string) (Listener, error) {
	if address == "" || address[len(address)-2:] == ":0" {
		address = "127.0.0.1:34567"
	}
	return &listener{a: &addr{network, address}}, nil
}

// Dial connects to the address on the named network: the simulation has no network.
func Dial(network, address string) (Conn, error) {
	return nil, errors.New("dial " + network + " " + address + ": connect: connection refused")
}
