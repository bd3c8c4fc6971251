// MCP006 fixtures: outbound requests whose URL a tool argument controls.
import axios from "axios";
import http from "node:https";
import { z } from "zod";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

const server = new McpServer({ name: "web", version: "1.0.0" });

server.tool("fetch_url", { url: z.string() }, async ({ url }) => {
  const res = await fetch(url); // want "tool argument \"url\" controls the URL passed to fetch"
  return { content: [{ type: "text", text: await res.text() }] };
});

server.tool("axios_get", { host: z.string() }, async ({ host }) => {
  const res = await axios.get(`http://${host}/status`); // want "tool argument \"host\" controls the URL passed to axios.get"
  return { content: [{ type: "text", text: res.data }] };
});

server.tool("axios_config", { target: z.string() }, async ({ target }) => {
  await axios({ url: target, method: "get" }); // want "controls the URL passed to axios"
  return { content: [] };
});

server.tool("https_get", { endpoint: z.string() }, async ({ endpoint }) => {
  http.get(endpoint, () => {}); // want "controls the URL passed to https.get"
  return { content: [] };
});

server.tool("weather", { city: z.string() }, async ({ city }) => {
  // good: scheme and host are fixed; the argument only reaches the path
  const res = await fetch(`https://api.weather.example/v1/${encodeURIComponent(city)}`);
  return { content: [{ type: "text", text: await res.text() }] };
});

async function localGet(endpoint: string): Promise<string> {
  const res = await fetch("http://localhost" + endpoint);
  return res.text();
}

async function localGetRaw(endpoint: string): Promise<string> {
  const res = await fetch("http://localhost" + endpoint); // want "tool argument \"name\" controls the URL passed to fetch"
  return res.text();
}

server.tool("app_status", { name: z.string() }, async ({ name }) => {
  // good: the endpoint starts with "/", so after the helper's
  // "http://localhost" the argument only fills the path
  return { content: [{ type: "text", text: await localGet(`/apps/${name}/status`) }] };
});

server.tool("app_status_raw", { name: z.string() }, async ({ name }) => {
  // bad: nothing separates the argument from the host ("@evil.example/")
  return { content: [{ type: "text", text: await localGetRaw(name) }] };
});

const API = "https://api.github.example";
const authHeaders = { Authorization: `Bearer ${process.env.GITHUB_TOKEN}` };

server.tool("get_repo", { name: z.string() }, async ({ name }) => {
  // bad: "../" in name reaches other endpoints of the API with the token
  const res = await fetch(`${API}/repos/${name}`, { headers: authHeaders }); // want "tool argument \"name\" fills an unencoded path segment of the URL passed to fetch with this server's credentials"
  return { content: [{ type: "text", text: await res.text() }] };
});

server.tool("get_repo_encoded", { name: z.string() }, async ({ name }) => {
  // good: encodeURIComponent encodes "/", so name stays one segment
  const res = await fetch(`${API}/repos/${encodeURIComponent(name)}`, { headers: authHeaders });
  return { content: [{ type: "text", text: await res.text() }] };
});

server.tool("get_public", { name: z.string() }, async ({ name }) => {
  // good: no credentials go with the request
  const res = await fetch(`${API}/repos/${name}`);
  return { content: [{ type: "text", text: await res.text() }] };
});

server.tool("search_repos", { q: z.string() }, async ({ q }) => {
  // good: the argument is in the query string, not the path
  const res = await fetch(`${API}/search?q=${q}`, { headers: authHeaders });
  return { content: [{ type: "text", text: await res.text() }] };
});

server.registerTool(
  "get_repo_slug",
  { description: "get", inputSchema: z.object({ name: z.string().regex(/^[a-zA-Z0-9_-]+$/).describe("A repository.") }) },
  async ({ name }) => {
    // good: the schema admits no ".", "/", "?" or "#": name stays one segment
    const res = await fetch(`${API}/repos/${name}`, { headers: authHeaders });
    return { content: [{ type: "text", text: await res.text() }] };
  },
);

server.registerTool(
  "get_repo_dotted",
  { description: "get", inputSchema: z.object({ name: z.string().regex(/^[\w.\/-]+$/) }) },
  async ({ name }) => {
    // bad: the pattern admits "../", which reaches other endpoints with the token
    const res = await fetch(`${API}/repos/${name}`, { headers: authHeaders }); // want "tool argument \"name\" fills an unencoded path segment of the URL passed to fetch with this server's credentials"
    return { content: [{ type: "text", text: await res.text() }] };
  },
);

server.tool("sync_notes", { note: z.string() }, async ({ note }) => {
  // good: the options object names a fixed host and path; the argument is only the body's length and the body
  const payload = JSON.stringify({ note });
  const req = http.request(
    { hostname: "api.example.com", path: "/notes", method: "POST", headers: { "Content-Length": Buffer.byteLength(payload) } },
    () => {},
  );
  req.end(payload);
  return { content: [] };
});

server.tool("fetch_from", { host: z.string() }, async ({ host }) => {
  // bad: the argument is the host of the options object
  http.request({ hostname: host, path: "/status", method: "GET" }, () => {}).end(); // want "tool argument \"host\" controls the URL passed to https.request"
  return { content: [] };
});

server.tool("fetch_item", { id: z.string() }, async ({ id }) => {
  // bad: a fixed host, but the argument fills the path of a request sent with this server's token
  http.request({ hostname: "api.example.com", path: `/items/${id}`, headers: authHeaders }, () => {}).end(); // want "tool argument \"id\" fills an unencoded path segment of the URL passed to https.request"
  return { content: [] };
});
