// Package sqlx is a stub of github.com/jmoiron/sqlx for the fixtures.
package sqlx

type DB struct{}
type Rows struct{}

func (db *DB) Queryx(query string, args ...any) (*Rows, error)  { return nil, nil }
func (db *DB) Select(dest any, query string, args ...any) error { return nil }
func (db *DB) Get(dest any, query string, args ...any) error    { return nil }
