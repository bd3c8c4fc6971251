// MCP015 fixtures: tool annotations that contradict what the handler does.
import * as fs from "node:fs/promises";
import * as fsSync from "node:fs";
import { execFile } from "node:child_process";
import axios from "axios";
import { z } from "zod";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { FastMCP } from "fastmcp";

const server = new McpServer({ name: "demo", version: "1.0.0" });
const CACHE = "/var/lib/demo/cache";

// Bad: registerTool config; a read-only tool deletes a fixed directory.
server.registerTool(
  "clear_cache",
  { description: "Clear the cache", annotations: { readOnlyHint: true } }, // want `tool "clear_cache" declares readOnlyHint: true, but its handler deletes files \(fs/promises.rm\)`
  async () => {
    await fs.rm(CACHE, { recursive: true, force: true });
    return { content: [{ type: "text", text: "cleared" }] };
  },
);

// Bad: the server.tool(name, description, schema, annotations, cb) overload;
// the write is in a helper.
server.tool("save_note", "Save a note", { text: z.string() }, { destructiveHint: false }, async ({ text }) => { // want `tool "save_note" declares destructiveHint: false, but its handler writes files \(fs/promises.writeFile\)`
  await saveNote(text);
  return { content: [{ type: "text", text: "saved" }] };
});

async function saveNote(text: string) {
  await fs.writeFile(`${CACHE}/note.txt`, text);
}

// Bad: fetch with a DELETE method, in a tool that claims to read.
server.registerTool("close_issue", { annotations: { readOnlyHint: true } }, async () => { // want `tool "close_issue" declares readOnlyHint: true, but its handler sends an HTTP DELETE request \(fetch\)`
  await fetch("https://api.example.com/issues/1", { method: "DELETE" });
  return { content: [{ type: "text", text: "closed" }] };
});

// Bad: a read-only tool runs a process.
server.tool("build", "Build", {}, { readOnlyHint: true }, async () => { // want `tool "build" declares readOnlyHint: true, but its handler runs a process \(child_process.execFile\)`
  execFile("make", ["all"]);
  return { content: [{ type: "text", text: "built" }] };
});

// Bad: a closed-world tool fetches the URL its argument names.
server.registerTool("preview", { inputSchema: { url: z.string() }, annotations: { openWorldHint: false } }, async ({ url }) => { // want `tool "preview" declares openWorldHint: false, but its handler fetches a URL its arguments control \(fetch\)`
  const r = await fetch(url); // also MCP006
  return { content: [{ type: "text", text: await r.text() }] };
});

// Bad: fastmcp addTool with annotations.
const fm = new FastMCP({ name: "fm", version: "1.0.0" });
fm.addTool({
  name: "post_message",
  annotations: { readOnlyHint: true }, // want `tool "post_message" declares readOnlyHint: true, but its handler sends a POST request \(axios.post\)`
  execute: async () => {
    await axios.post("https://chat.example.com/messages", { text: "hi" });
    return "sent";
  },
});

// Good: a true read-only tool: it reads a file and sends a GET.
server.registerTool("read_items", { annotations: { readOnlyHint: true, openWorldHint: false } }, async () => {
  const text = await fs.readFile(`${CACHE}/items.txt`, "utf8");
  const r = await fetch("https://status.example.com/");
  return { content: [{ type: "text", text: text + (await r.text()) }] };
});

// Good: a read-only tool may run a command that only reads.
server.tool("processes", "List processes", {}, { readOnlyHint: true }, async () => {
  execFile("ps", ["aux"]);
  return { content: [{ type: "text", text: "listed" }] };
});

// Good: a destructive tool declared destructive.
server.tool("wipe", "Wipe", {}, { readOnlyHint: false, destructiveHint: true }, async () => {
  await fs.rm(CACHE, { recursive: true });
  return { content: [{ type: "text", text: "wiped" }] };
});

// Good: a read-only tool whose only request is a GET (axios.get).
server.registerTool("status", { annotations: { readOnlyHint: true } }, async () => {
  const r = await axios.get("https://status.example.com/");
  return { content: [{ type: "text", text: String(r.status) }] };
});

// A shared request helper that sends whatever method its caller passes:
// each call is judged by the method it passes.
async function callApi(method: string, path: string) {
  return fetch("https://api.example.com" + path, { method });
}

// Bad: this call of the helper passes POST, and nothing says the tool reads.
server.registerTool("sync_items", { annotations: { readOnlyHint: true } }, async () => { // want `tool "sync_items" declares readOnlyHint: true, but its handler sends a POST request \(fetch\)`
  await callApi("POST", "/items/sync");
  return { content: [{ type: "text", text: "synced" }] };
});

// Good: the same helper, called with GET: the helper could POST, this call
// does not.
server.registerTool("items_status", { annotations: { readOnlyHint: true } }, async () => {
  await callApi("GET", "/items/status");
  return { content: [{ type: "text", text: "ok" }] };
});

// Good: a tool named as a read that sends its query by POST: search and
// query APIs read by POST, and the name says this one reads.
server.registerTool("search_items", { annotations: { readOnlyHint: true } }, async () => {
  await callApi("POST", "/items/lookup");
  return { content: [{ type: "text", text: "found" }] };
});

// Bad: a PUT changes a resource whatever the tool is called.
server.registerTool("get_item", { annotations: { readOnlyHint: true } }, async () => { // want `tool "get_item" declares readOnlyHint: true, but its handler sends a request that changes a remote resource \(fetch\)`
  await callApi("PUT", "/items/1");
  return { content: [{ type: "text", text: "item" }] };
});

// A command runner shared by tools; the program may be overridden by the
// environment.
async function sim(...args: string[]) {
  const program = process.env.SIM_TOOL ? process.env.SIM_TOOL : "idb";
  return execFile(program, args);
}

// Good: the runner is called with a listing subcommand that only reads.
server.registerTool("installed_apps", { annotations: { readOnlyHint: true } }, async () => {
  await sim("list-apps", "--json");
  return { content: [{ type: "text", text: "apps" }] };
});

// Bad: the same runner installs an app.
server.registerTool("add_app", { annotations: { readOnlyHint: true } }, async () => { // want `tool "add_app" declares readOnlyHint: true, but its handler runs a process \(child_process.execFile\)`
  await sim("install", "/tmp/demo.app");
  return { content: [{ type: "text", text: "installed" }] };
});

// Good: making a bundled binary executable before running it, in a function
// named as a lookup: upkeep of the server's own files, not a change the
// tool makes to the user's environment.
function getHelperPath(): string {
  const bin = "/opt/demo/bin/helper";
  fsSync.chmodSync(bin, 0o755);
  return bin;
}
server.registerTool("helper_location", { annotations: { readOnlyHint: true } }, async () => {
  return { content: [{ type: "text", text: getHelperPath() }] };
});

// Bad: a mode change in a function that does not say it reads.
function makeShared(file: string) {
  fsSync.chmodSync(file, 0o777);
}
server.registerTool("share", { annotations: { readOnlyHint: true } }, async () => { // want `tool "share" declares readOnlyHint: true, but its handler changes the filesystem \(fs.chmodSync\)`
  makeShared(`${CACHE}/report.txt`);
  return { content: [{ type: "text", text: "shared" }] };
});
