// MCP007 fixtures (TSX): dynamic code from tool arguments.
import vm from "node:vm";
import { spawn } from "node:child_process";
import { z } from "zod";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

const server = new McpServer({ name: "calc", version: "1.0.0" });

export const Badge = ({ label }: { label: string }) => <span className="badge">{label}</span>;

server.tool("calc", { expr: z.string() }, async ({ expr }) => {
  const value = eval(expr); // want "tool argument \"expr\" reaches eval"
  return { content: [{ type: "text", text: String(value) }] };
});

server.tool("fn", { body: z.string() }, async ({ body }) => {
  const f = new Function("x", body); // want "tool argument \"body\" reaches Function"
  return { content: [{ type: "text", text: String(f(1)) }] };
});

server.tool("sandbox", { code: z.string() }, async ({ code }) => {
  vm.runInNewContext(code, {}); // want "tool argument \"code\" reaches vm.runInNewContext"
  const script = new vm.Script(`(${code})`); // want "reaches vm.Script"
  return { content: [] };
});

server.tool("plugin", { name: z.string() }, async ({ name }) => {
  const mod = await import(`./plugins/${name}.js`); // want "tool argument \"name\" reaches import"
  require(name); // want "tool argument \"name\" reaches require"
  return { content: [] };
});

server.tool("python", { source: z.string() }, async ({ source }) => {
  spawn("python3", ["-c", source]); // want "tool argument \"source\" reaches child_process.spawn"
  return { content: [] };
});

server.tool("json", { data: z.string() }, async ({ data }) => {
  // good: JSON.parse reads data, it does not run it
  return { content: [{ type: "text", text: JSON.stringify(JSON.parse(data)) }] };
});
