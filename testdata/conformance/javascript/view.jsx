// Conformance fixtures: JSX elements carry their expressions.
const { execSync } = require("child_process");
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");

const s = new McpServer({ name: "jsx", version: "1.0.0" });

// case: jsx
s.tool("jsx", "d", {}, async ({ v }) => {
  const el = <div title={v} data-x="y"><b>{v}</b> &amp; <br /><svg:rect /></div>;
  execSync(String(el)); // want "tool argument \"v\" reaches child_process.execSync"
  // good: an element of constants
  const plain = <p>hello</p>;
  execSync(String(plain));
  return { content: [] };
});
