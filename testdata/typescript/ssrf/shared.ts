// MCP006 fixtures: one helper sink reached from a prompt and from tools.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "shared", version: "1.0.0" });

async function fetchPage(url: string): Promise<string> {
  // One finding for this sink, led by the tool argument (a prompt argument
  // reaches it too, and a second tool: their flows are added to the same
  // finding rather than reported again).
  const res = await fetch(url); // want "tool argument \"url\" controls the URL passed to fetch"
  return res.text();
}

server.prompt("summarize", { url: z.string() }, async ({ url }) => ({
  messages: [{ role: "user", content: { type: "text", text: await fetchPage(url) } }],
}));

server.tool("fetch", { url: z.string() }, async ({ url }) => ({
  content: [{ type: "text", text: await fetchPage(url) }],
}));

server.tool("fetch_again", { link: z.string() }, async ({ link }) => ({
  content: [{ type: "text", text: await fetchPage(link) }],
}));
