// Package pgxpool is a stub of github.com/jackc/pgx/v5/pgxpool for the fixtures.
package pgxpool

import "context"

type Pool struct{}
type CommandTag struct{}

func (p *Pool) Exec(ctx context.Context, sql string, args ...any) (CommandTag, error) {
	return CommandTag{}, nil
}
