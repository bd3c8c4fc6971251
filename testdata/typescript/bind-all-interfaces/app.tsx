// MCP001 fixtures in TSX: JSX next to the listener.
import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

const server = new McpServer({ name: "ui", version: "1.0.0" });

server.tool("ping", {}, async () => ({ content: [{ type: "text", text: "pong" }] }));
const app = express();

export function Status({ up }: { up: boolean }) {
  return <div className="status">{up ? "up" : "down"}</div>;
}

const port = 4000;
app.listen(port); // want "has no host"

// good: loopback
app.listen(port, "::1");
