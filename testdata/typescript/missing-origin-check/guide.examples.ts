// MCP005 clean twin: a documentation companion (*.examples.ts) holds
// type-checked snippets that never run, so its transport is never served.
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
void transport;
