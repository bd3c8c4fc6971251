// MCP002 fixtures: a tool argument thrown and caught: the catch parameter
// is the thrown value, also when a called function throws it.
import { exec } from "child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

function load(name: string) {
  if (name.length > 64) {
    throw new Error(`name too long: ${name}`);
  }
  return name.length;
}

const server = new McpServer({ name: "catch", version: "1.0.0" });

server.tool("notify", "Notify", { name: z.string() }, async ({ name }) => {
  try {
    load(name);
  } catch (e: any) {
    exec(`notify-send "${e.message}"`); // want "tool argument \"name\" reaches child_process.exec"
  }
  return { content: [] };
});

server.tool("log", "Log", { line: z.string() }, async ({ line }) => {
  try {
    throw line;
  } catch (err) {
    exec("logger " + String(err)); // want "tool argument \"line\" reaches child_process.exec"
  }
  try {
    JSON.parse("{}");
  } catch (err) {
    // good: nothing the client sent is thrown in this try
    exec("logger " + String(err));
  }
  return { content: [] };
});

server.tool("nested", "Nested", { id: z.string() }, async ({ id }) => {
  try {
    try {
      throw new Error(id);
    } finally {
      // good: a finally clause binds nothing
      exec("logger done");
    }
  } catch (outer: any) {
    exec("logger " + outer.message); // want "tool argument \"id\" reaches child_process.exec"
  }
  try {
    try {
      throw new Error(id);
    } catch {
      // the inner clause catches it: nothing reaches the outer one
    }
  } catch (outer: any) {
    // good: what the body threw was caught inside
    exec("logger " + outer.message);
  }
  return { content: [] };
});
