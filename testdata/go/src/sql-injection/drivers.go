package main

import (
	"context"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"github.com/mark3labs/mcp-go/mcp"
	"gorm.io/gorm"
)

type drivers struct {
	x    *sqlx.DB
	g    *gorm.DB
	conn *pgx.Conn
	pool *pgxpool.Pool
}

// sqlx, gorm and pgx run the SQL text they are given.
func (d *drivers) query(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	table := req.GetString("table", "")
	var rows []map[string]any
	d.x.Queryx("SELECT * FROM " + table)          // want `tool argument "table" is built into SQL text passed to sqlx.DB.Queryx`
	d.x.Select(&rows, "SELECT * FROM "+table)     // want `tool argument "table" is built into SQL text passed to sqlx.DB.Select`
	d.g.Raw("SELECT * FROM " + table).Scan(&rows) // want `tool argument "table" is built into SQL text passed to gorm.DB.Raw`
	d.conn.Query(ctx, "SELECT * FROM "+table)     // want `tool argument "table" is built into SQL text passed to pgx.Conn.Query`
	d.pool.Exec(ctx, "DELETE FROM "+table)        // want `tool argument "table" is built into SQL text passed to pgxpool.Pool.Exec`
	// Good: placeholders; the argument is a bound parameter.
	d.x.Select(&rows, "SELECT * FROM notes WHERE title = $1", table)
	d.g.Where("title = ?", table).Scan(&rows)
	d.conn.Query(ctx, "SELECT * FROM notes WHERE title = $1", table)
	return nil, nil
}
