// MCP002 fixtures: a low-level handler that validates its arguments with a
// zod schema (schema.parse(args), schema.safeParse(args).data).
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { execSync } from "child_process";
import { z } from "zod";

const TagArgs = z.object({ tag: z.string().regex(/^[a-z0-9-]+$/), message: z.string(), count: z.number() });
const LooseArgs = z.object({ tag: z.string().regex(/^[^;]+$/) });

const server = new Server({ name: "schema", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  if (name === "tag") {
    const { tag, message, count } = TagArgs.parse(args);
    // good: parse returns the value the pattern admitted, and count is a number
    execSync(`git tag ${tag} -n${count}`);
    // bad: message is any string
    execSync(`git tag -m "${message}" ${tag}`); // want "tool argument \"message\" reaches child_process.execSync"
  }
  if (name === "tag_checked") {
    const parsed = TagArgs.safeParse(args);
    if (!parsed.success) throw new Error("bad arguments");
    // good: the data of a successful safeParse, narrowed the same way
    execSync(`git tag ${parsed.data.tag}`);
  }
  if (name === "tag_loose") {
    const { tag } = LooseArgs.parse(args);
    // bad: the pattern only keeps ";" out
    execSync(`git tag ${tag}`); // want "tool argument \"tag\" reaches child_process.execSync"
  }
  if (name === "tag_unparsed") {
    TagArgs.parse(args);
    // bad: the result of parse was dropped; args.message is still the raw argument
    execSync(`git tag -m ${(args as { message: string }).message} v1`); // want "tool argument \"message\" reaches child_process.execSync"
  }
  return { content: [] };
});
