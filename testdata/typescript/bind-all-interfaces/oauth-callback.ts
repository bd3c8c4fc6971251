// MCP001 fixture: a listener that serves no MCP tools.
import express from "express";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";

const client = new Client({ name: "cli", version: "1.0.0" });

// good: the OAuth redirect receiver of an MCP client; nothing in this file
// (or what it imports) defines tools or serves an MCP transport, so binding
// all interfaces exposes no tools (MCP001 is about MCP servers)
const callback = express();
callback.get("/oauth/callback", (req, res) => {
  res.send("You can close this window.");
});
callback.listen(8085);
