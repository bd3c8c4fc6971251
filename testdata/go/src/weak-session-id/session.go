// Package main holds MCP013 (weak-session-id) fixtures.
package main

import (
	"context"
	crand "crypto/rand"
	"encoding/hex"
	"fmt"
	"math/rand"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/mark3labs/mcp-go/server"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

var counter int64

func nextID() string {
	counter++
	return "session-" + strconv.FormatInt(counter, 10)
}

var seq atomic.Int64

type manager struct{}

func (manager) Generate() string {
	return fmt.Sprintf("s-%d", seq.Add(1))
}
func (manager) Validate(string) (bool, error)  { return false, nil }
func (manager) Terminate(string) (bool, error) { return false, nil }

type goodManager struct{}

func (goodManager) Generate() string               { return crand.Text() }
func (goodManager) Validate(string) (bool, error)  { return false, nil }
func (goodManager) Terminate(string) (bool, error) { return false, nil }

func randomHex() string {
	b := make([]byte, 16)
	crand.Read(b)
	return hex.EncodeToString(b)
}

func bad(s *server.MCPServer) {
	_ = &mcp.ServerOptions{
		GetSessionID: func() string { return strconv.FormatInt(time.Now().UnixNano(), 36) }, // want `session ID generator \(mcp.ServerOptions.GetSessionID\) returns a value derived from the clock \(time.Now\)`
	}
	opts := &mcp.ServerOptions{}
	opts.GetSessionID = func() string { // want `derived from math/rand`
		id := rand.Int63()
		return fmt.Sprintf("%x", id)
	}
	_ = mcp.ServerOptions{GetSessionID: nextID}                                                                       // want `derived from a counter`
	server.NewSSEServer(s, server.WithSessionIDGenerator(func(ctx context.Context, r *http.Request) (string, error) { // want `server.WithSessionIDGenerator\) returns a value derived from math/rand`
		return strconv.Itoa(rand.Intn(1 << 30)), nil
	}))
	server.NewStreamableHTTPServer(s, server.WithSessionIdManager(manager{})) // want `the Generate method of the server.WithSessionIdManager value\) returns a value derived from a counter`
}

func good(s *server.MCPServer) {
	_ = &mcp.ServerOptions{GetSessionID: crand.Text}
	_ = &mcp.ServerOptions{GetSessionID: randomHex}
	_ = &mcp.ServerOptions{GetSessionID: func() string {
		// a timestamp prefix is fine when the rest is random
		return strconv.FormatInt(time.Now().Unix(), 10) + "-" + randomHex()
	}}
	server.NewStreamableHTTPServer(s, server.WithSessionIdManager(goodManager{}))
	_ = &mcp.ServerOptions{GetSessionID: func() string { return "" }} // no session IDs at all
}

func main() {}
