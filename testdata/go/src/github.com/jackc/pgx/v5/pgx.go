// Package pgx is a stub of github.com/jackc/pgx/v5 for the fixtures.
package pgx

import "context"

type Conn struct{}
type Rows interface{ Close() }

func (c *Conn) Query(ctx context.Context, sql string, args ...any) (Rows, error) { return nil, nil }
