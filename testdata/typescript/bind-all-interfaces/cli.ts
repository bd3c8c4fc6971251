// MCP001 fixtures: bind addresses chosen by command-line option defaults.
import express from "express";
import { program, Command } from "commander";
import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

const server = new McpServer({ name: "notes", version: "1.0.0" });
server.tool("ping", {}, async () => ({ content: [{ type: "text", text: "pong" }] }));
const app = express();

program
  .name("notes")
  .option("-H, --host <host>", "address to bind", "0.0.0.0")
  .option("--local-host <host>", "address to bind", "127.0.0.1")
  .option("-p, --port <port>", "port", "3000")
  .parse(process.argv);
const opts = program.opts();

app.listen(Number(opts.port), opts.host); // want "by default \\(host \"0.0.0.0\" from"

// good: the option defaults to loopback (read back in camelCase)
app.listen(Number(opts.port), opts.localHost);

const cmd = new Command().option("--bind <addr>", "bind address", "::");
cmd.parse();
app.listen(3001, cmd.opts().bind); // want "by default \\(host \"::\" from"

const argv = yargs(hideBin(process.argv))
  .option("host", { type: "string", default: "0.0.0.0" })
  .option("safe-host", { type: "string", default: "localhost" })
  .parseSync();

app.listen(3002, argv.host); // want "by default \\(host \"0.0.0.0\" from"

// good: the yargs option defaults to loopback
app.listen(3003, argv.safeHost);

const args = yargs(hideBin(process.argv)).option("bind", { default: "0.0.0.0" }).argv;
app.listen(3004, args.bind); // want "by default \\(host \"0.0.0.0\" from"

// a host chosen by a condition: the branch that binds everywhere is named
const inDocker = process.env.container === "docker";
app.listen(3005, inDocker ? "127.0.0.1" : "0.0.0.0"); // want "by default \\(host \"0.0.0.0\" from inDocker \\? \"127.0.0.1\" : \"0.0.0.0\"\\)"

// good: loopback on both branches
app.listen(3006, inDocker ? "localhost" : "127.0.0.1");
