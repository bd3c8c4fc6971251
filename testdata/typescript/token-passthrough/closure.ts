// MCP011 fixtures: a server built per request closes over the caller's token.
import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

function buildServer(callerAuth: string, label: string) {
  const server = new McpServer({ name: "per-request", version: "1.0.0" });
  server.tool("whoami", { q: z.string() }, async () => {
    const res = await fetch("https://api.example.com/me", { headers: { Authorization: callerAuth } }); // want "the Authorization header of the incoming request reaches the headers of fetch"
    return { content: [{ type: "text", text: await res.text() }] };
  });
  server.tool("label", {}, async () => {
    // good: the label is the server's own configuration, not the caller's token
    const res = await fetch("https://api.example.com/label", { headers: { "X-Label": label } });
    return { content: [{ type: "text", text: await res.text() }] };
  });
  return server;
}

const app = express();
app.post("/mcp", async (req, res) => {
  const server = buildServer(req.headers.authorization as string, "fixed");
  res.json({ ok: Boolean(server) });
});
