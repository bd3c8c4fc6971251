// MCP006 fixtures: host allow-lists before a request.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const ALLOWED_HOSTS = new Set(["api.example.com", "docs.example.com"]);
const HOST_LIST = ["api.example.com"];
const server = new McpServer({ name: "hosts", version: "1.0.0" });

server.tool("get", { url: z.string() }, async ({ url }) => {
  // good: the host must be one of the listed ones
  if (!ALLOWED_HOSTS.has(new URL(url).hostname)) {
    throw new Error("host not allowed");
  }
  return { content: [{ type: "text", text: await (await fetch(url)).text() }] };
});

server.tool("get_list", { url: z.string() }, async ({ url }) => {
  const parsed = new URL(url);
  // good: includes on a constant list of hosts
  if (!HOST_LIST.includes(parsed.hostname)) {
    return { content: [] };
  }
  return { content: [{ type: "text", text: await (await fetch(parsed.toString())).text() }] };
});

server.tool("get_one", { url: z.string() }, async ({ url }) => {
  const u = new URL(url);
  // good: exactly one host is accepted
  if (u.hostname !== "api.example.com") {
    throw new Error("host not allowed");
  }
  return { content: [{ type: "text", text: await (await fetch(u)).text() }] };
});

server.tool("get_scheme", { url: z.string() }, async ({ url }) => {
  // bad: only the scheme is checked; the host is still the caller's
  if (!["https:"].includes(new URL(url).protocol)) {
    throw new Error("https only");
  }
  return { content: [{ type: "text", text: await (await fetch(url)).text() }] }; // want "tool argument \"url\" controls the URL passed to fetch"
});

server.tool("get_logged", { url: z.string() }, async ({ url }) => {
  // bad: the failing branch only logs, so the request is still made
  if (!ALLOWED_HOSTS.has(new URL(url).hostname)) {
    console.error("unexpected host");
  }
  return { content: [{ type: "text", text: await (await fetch(url)).text() }] }; // want "tool argument \"url\" controls the URL passed to fetch"
});

server.tool("get_after", { url: z.string() }, async ({ url }) => {
  const u = new URL(url);
  if (u.hostname === "api.example.com") {
    // good: inside the branch where the host is the fixed one
    await fetch(u);
  }
  return { content: [{ type: "text", text: await (await fetch(url)).text() }] }; // want "tool argument \"url\" controls the URL passed to fetch"
});

const visited = new Set<string>();

server.tool("revisit", { url: z.string() }, async ({ url }) => {
  visited.add(url);
  // bad: the set holds whatever the caller sent before, so it allows nothing
  if (visited.has(url)) {
    return { content: [{ type: "text", text: await (await fetch(url)).text() }] }; // want "tool argument \"url\" controls the URL passed to fetch"
  }
  return { content: [] };
});
