// Package viper is a stub of github.com/spf13/viper for the analyzer tests.
package viper

import "github.com/spf13/pflag"

// SetDefault sets the default of key.
func SetDefault(key string, value any) {}

// BindPFlag binds key to a flag.
func BindPFlag(key string, flag *pflag.Flag) error { return nil }

// GetString returns the value of key.
func GetString(key string) string { return "" }
