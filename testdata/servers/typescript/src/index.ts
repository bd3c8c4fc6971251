// A small notes MCP server over streamable HTTP: vulnerable and safe code side by side.
import express from "express";
import { z } from "zod";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { readNote, readNoteSafely } from "./storage.js";

const NOTES_DIR = "/srv/notes";

const server = new McpServer({ name: "notes", version: "0.1.0" });

server.tool("add", "Add two numbers", { a: z.number(), b: z.number() }, async ({ a, b }) => ({
  content: [{ type: "text", text: String(a + b) }],
}));

// vulnerable: the helper does not check the path
server.tool("get_note", "Read a note", { name: z.string() }, async ({ name }) => ({
  content: [{ type: "text", text: await readNote(NOTES_DIR, name) }],
}));

// safe: the helper resolves the path and checks it against the notes directory
server.registerTool(
  "get_note_safely",
  { description: "Read a note", inputSchema: { name: z.string() } },
  async ({ name }) => ({ content: [{ type: "text", text: await readNoteSafely(NOTES_DIR, name) }] }),
);

const app = express();
app.use(express.json());

app.post("/mcp", async (req, res) => { // want "streamable HTTP MCP transport is served without authentication"
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined }); // want "served without Origin or Host validation"
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port); // want "listens on all interfaces \\(no host given: Node binds every interface\\)"

// good: the admin endpoint is loopback only
const admin = express();
admin.listen(port + 1, "127.0.0.1");
