// MCP001 fixtures: Node listeners in an MCP server built on the official SDK.
import express from "express";
import * as http from "node:http";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { createMcpExpressApp } from "@modelcontextprotocol/sdk/server/express.js";

const server = new McpServer({ name: "notes", version: "1.0.0" });

server.tool("ping", {}, async () => ({ content: [{ type: "text", text: "pong" }] }));
const app = express();
const PORT = Number(process.env.PORT ?? 3000);

app.listen(PORT); // want "app.listen\\(PORT\\) has no host, so Node binds all interfaces"

app.listen(3000, () => console.log("up")); // want "has no host"

app.listen(3000, "0.0.0.0"); // want "all interfaces \\(host \"0.0.0.0\"\\)"

// good: loopback only
app.listen(3000, "127.0.0.1");

// good: loopback with a callback
app.listen(PORT, "localhost", () => console.log("up"));

const HOST = process.env.HOST ?? "0.0.0.0";
app.listen(PORT, HOST); // want "by default \\(host \"0.0.0.0\" from process.env.HOST \\?\\? \"0.0.0.0\"\\)"

const SAFE_HOST = process.env.HOST || "127.0.0.1";
// good: defaults to loopback
app.listen(PORT, SAFE_HOST);

function start(host: string) {
  // good: only known at run time
  app.listen(PORT, host);
}

const httpServer = http.createServer(app);
httpServer.listen({ port: 8080 }); // want "has no host"

http.createServer(app).listen(8081); // want "has no host"

// good: an explicit loopback host in the options object
httpServer.listen({ port: 8082, host: "127.0.0.1" });

httpServer.listen({ port: 8083, host: "::" }); // want "host \"::\""

// good: a Unix socket path, not a TCP port
httpServer.listen("/tmp/mcp.sock");

const mcpApp = createMcpExpressApp({ host: "0.0.0.0" }); // want "0.0.0.0"

// good: createMcpExpressApp defaults to 127.0.0.1
const mcpLocal = createMcpExpressApp();

start("x");

class Wrapper {
  listen(port: number) {
    return app.listen(port, "127.0.0.1");
  }
  start() {
    // good: a project method named listen; the loopback listen inside it is what binds
    this.listen(3000);
  }
}
new Wrapper().start();
