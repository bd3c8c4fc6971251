// MCP006 fixtures: HTTP clients bound to a base URL, needle and sockets.
import axios from "axios";
import needle from "needle";
import WebSocket from "ws";
import { gotScraping } from "got-scraping";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "clients", version: "1.0.0" });

server.tool("client", { base: z.string(), id: z.string() }, async ({ base, id }) => {
  const api = axios.create({ baseURL: base }); // want "tool argument \"base\" controls the base URL passed to axios.create"
  // good: the base URL is fixed; the argument is only a path segment
  const fixed = axios.create({ baseURL: `https://api.example.com/items/${encodeURIComponent(id)}` });
  return { content: [{ type: "text", text: String(Boolean(api && fixed)) }] };
});

server.tool("needle", { url: z.string() }, async ({ url }) => {
  await needle("get", url); // want "tool argument \"url\" controls the URL passed to needle"
  // good: a fixed host
  await needle("get", "https://api.example.com/status");
  return { content: [] };
});

server.tool("scrape", { url: z.string() }, async ({ url }) => {
  // https:// is prefixed, but the host is still the caller's
  const target = /^https?:\/\//.test(url) ? url : `https://${url}`;
  await gotScraping(target); // want "tool argument \"url\" controls the URL passed to got-scraping.gotScraping"
  return { content: [] };
});

server.tool("socket", { url: z.string() }, async ({ url }) => {
  const ws = new WebSocket(url); // want "tool argument \"url\" controls the URL passed to ws"
  ws.close();
  return { content: [] };
});
