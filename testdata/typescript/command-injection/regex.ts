// MCP002 fixtures: regex allow-lists that throw on mismatch.
import { execSync } from "child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const BRANCH = /^[a-zA-Z0-9._-]+$/;
const server = new McpServer({ name: "regex", version: "1.0.0" });

server.tool("checkout", { branch: z.string() }, async ({ branch }) => {
  // good: only letters, digits, dot, underscore and dash get through
  if (!BRANCH.test(branch)) {
    throw new Error("bad branch name");
  }
  execSync("git checkout " + branch);
  return { content: [] };
});

server.tool("tag", { name: z.string() }, async ({ name }) => {
  // good: an inline anchored pattern, checked with match
  if (!name.match(/^[a-z0-9-]+$/)) throw new Error("bad tag");
  execSync(`git tag ${name}`);
  return { content: [] };
});

server.tool("grep", { word: z.string() }, async ({ word }) => {
  // bad: the pattern is not anchored, so "x; rm -rf ~" contains a match
  if (!/[a-z]+/.test(word)) throw new Error("bad word");
  execSync(`grep ${word} notes.txt`); // want "tool argument \"word\" reaches child_process.execSync"
  return { content: [] };
});

server.tool("echo", { text: z.string() }, async ({ text }) => {
  // bad: a space and a semicolon are allowed
  if (!/^[a-z ;]+$/.test(text)) throw new Error("bad text");
  execSync(`echo ${text}`); // want "tool argument \"text\" reaches child_process.execSync"
  return { content: [] };
});

// zod schema patterns: every value must match before the handler runs.
const Branch = z.string().regex(/^[a-zA-Z0-9._\/-]+$/).describe("A branch name.");

server.registerTool("switch", { description: "switch", inputSchema: { branch: Branch } }, async ({ branch }) => {
  // good: the schema admits no shell metacharacter or space
  execSync(`git switch ${branch}`);
  return { content: [] };
});

server.registerTool("log", { description: "log", inputSchema: z.object({ since: z.string().regex(/^[\w :-]+$/) }) }, async (args) => {
  // bad: the pattern admits a space, so "x --output=/tmp/y" is two words
  execSync(`git log --since ${args.since}`); // want "tool argument \"since\" reaches child_process.execSync"
  return { content: [] };
});

server.addTool({
  name: "describe",
  parameters: z.object({ rev: z.string().regex(/^[0-9a-f]{7,40}$/) }),
  execute: async ({ rev }) => {
    // good: a hexadecimal revision, through fastmcp's parameters schema
    return String(execSync(`git describe ${rev}`));
  },
});

server.tool(
  "tag_many",
  { tags: z.array(z.string().regex(/^[a-z0-9-]+$/)), note: z.optional(z.string().regex(/^[a-z]+$/)) },
  async ({ tags, note }) => {
    // good: every element of the array, and the optional value, must match a pattern with no metacharacter
    execSync(`git tag ${tags.join(" ")} ${note ?? ""}`);
    return { content: [] };
  },
);

server.tool("tag_loose", { tags: z.array(z.string().regex(/^[^;]+$/)) }, async ({ tags }) => {
  // bad: the elements only lack ";", so "$(id)" and "a && b" pass
  execSync(`git tag ${tags.join(" ")}`); // want "tool argument \"tags\" reaches child_process.execSync"
  return { content: [] };
});
