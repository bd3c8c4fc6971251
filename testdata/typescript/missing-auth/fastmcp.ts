// MCP004 fixtures: npm fastmcp over HTTP.
import { FastMCP } from "fastmcp";

const open = new FastMCP({ name: "open", version: "1.0.0" });
open.start({ transportType: "httpStream", httpStream: { port: 8080 } }); // want "HTTP stream MCP transport is served without authentication"

// good: authenticate runs on every request
const guarded = new FastMCP({
  name: "guarded",
  version: "1.0.0",
  authenticate: async (request) => ({ id: "user" }),
});
guarded.start({ transportType: "httpStream", httpStream: { port: 8081 } });

// good: stdio is a local pipe
open.start({ transportType: "stdio" });
