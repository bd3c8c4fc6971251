// MCP011 fixtures: the client's token forwarded, or not, on outbound requests.
import axios from "axios";
import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "proxy", version: "1.0.0" });
const API = "https://api.example.com/items";
const SERVICE_TOKEN = process.env.SERVICE_TOKEN ?? "";

server.tool("list_items", { q: z.string() }, async ({ q }, extra) => {
  const res = await fetch(`${API}?q=${encodeURIComponent(q)}`, { // want "the access token of the incoming request reaches the headers of fetch"
    headers: { Authorization: `Bearer ${extra.authInfo?.token}` },
  });
  return { content: [{ type: "text", text: await res.text() }] };
});

server.tool("list_as_service", {}, async () => {
  // good: the server's own credential
  const res = await fetch(API, { headers: { Authorization: `Bearer ${SERVICE_TOKEN}` } });
  return { content: [{ type: "text", text: await res.text() }] };
});

const app = express();
app.get("/proxy", async (req, res) => {
  const auth = req.headers.authorization;
  const upstream = await axios.get(API, { headers: { Authorization: auth } }); // want "the Authorization header of the incoming request reaches the headers of axios.get"
  res.json(upstream.data);
});

app.post("/proxy2", async (req, res) => {
  const upstream = await axios.post(API, req.body, { headers: { authorization: req.get("Authorization") } }); // want "the Authorization header of the incoming request reaches the headers of"
  res.json(upstream.data);
});

app.get("/check", async (req, res) => {
  // good: the token is checked, not forwarded
  if (req.headers.authorization !== `Bearer ${SERVICE_TOKEN}`) {
    res.status(401).end();
    return;
  }
  const upstream = await axios.get(API, { headers: { "X-Request-Id": String(req.headers["x-request-id"]) } });
  res.json(upstream.data);
});

export { server, app };

export async function verify(req: express.Request) {
  // good: sending the token to the userinfo endpoint is how it is validated
  const r = await fetch("https://auth.example.com/oauth2/userinfo", { headers: { authorization: req.headers.authorization! } });
  return r.ok;
}

function authHeaders(req: express.Request) {
  return { Authorization: req.headers.authorization ?? "" };
}

app.get("/relay", async (req, res) => {
  const upstream = await axios.get(API, { headers: authHeaders(req) }); // want "the Authorization header of the incoming request reaches the headers of axios.get"
  res.json(upstream.data);
});
