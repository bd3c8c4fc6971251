// MCP013 fixtures: session ID generators of the streamable HTTP transport.
import { randomUUID, randomBytes } from "node:crypto";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

// the finding is on the transport's construction
export const a = new StreamableHTTPServerTransport({ // want "session ID generator \\(sessionIdGenerator\\) returns a value from Math.random or the clock"
  sessionIdGenerator: () => Math.random().toString(36).slice(2),
});

export const b = new StreamableHTTPServerTransport({ sessionIdGenerator: () => `${Date.now()}` }); // want "returns a value from Math.random or the clock"

function makeId(): string {
  return new Date().getTime().toString(16) + Math.floor(Math.random() * 1000);
}

export const c = new StreamableHTTPServerTransport({ sessionIdGenerator: makeId }); // want "returns a value from Math.random or the clock"

// good: a cryptographic UUID
export const d = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID() });

// good: the clock is mixed with a cryptographic source
export const e = new StreamableHTTPServerTransport({
  sessionIdGenerator: () => `${Date.now()}-${randomBytes(16).toString("hex")}`,
});

// good: stateless (no session IDs)
export const f = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
