// Package main holds MCP008 (sql-injection) fixtures.
package main

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/mark3labs/mcp-go/mcp"
)

type store struct{ db *sql.DB }

func (s *store) searchHandler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	name := req.GetString("name", "")
	s.db.QueryContext(ctx, "SELECT * FROM users WHERE name = '"+name+"'") // want `tool argument "name" is built into SQL text passed to sql.DB.QueryContext`

	q := fmt.Sprintf("DELETE FROM notes WHERE title = '%s'", req.GetString("title", ""))
	s.db.Exec(q) // want `tool argument "title" is built into SQL text passed to sql.DB.Exec`

	// Good: a placeholder; the argument is passed as a parameter.
	s.db.QueryRowContext(ctx, "SELECT id FROM users WHERE name = ?", name)

	// Good: an int argument formatted into the text cannot carry SQL.
	s.db.Query(fmt.Sprintf("SELECT * FROM logs LIMIT %d", req.GetInt("limit", 10)))
	return nil, nil
}

func main() {}
