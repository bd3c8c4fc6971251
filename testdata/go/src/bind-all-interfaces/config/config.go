// Package config holds listen addresses that the MCP001 fixtures import:
// constants of another package analysed from source.
package config

// Public binds every interface.
const Public = "0.0.0.0:" + Port

// Local binds loopback only.
const Local = "127.0.0.1:" + Port

// Port is the port both addresses use.
const Port = "9090"
