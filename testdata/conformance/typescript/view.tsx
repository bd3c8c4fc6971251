// Conformance fixtures: TSX elements carry their expressions.
import { execSync } from "child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

const s = new McpServer({ name: "tsx", version: "1.0.0" });

// case: tsx
s.tool("tsx", "d", {}, async ({ v }) => {
  const el = <div title={v as string} data-x="y"><b>{v}</b> &amp; <br /></div>;
  execSync(String(el)); // want "tool argument \"v\" reaches child_process.execSync"
  // good: an element of constants
  const plain = <p>hello</p>;
  execSync(String(plain));
  return { content: [] };
});
