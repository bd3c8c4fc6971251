// MCP004 fixtures: Vercel's mcp-handler route without authentication.
import { createMcpHandler } from "mcp-handler";
import { z } from "zod";

const handler = createMcpHandler( // want "streamable HTTP MCP transport is served without authentication on an address not known to be loopback: wrap the handler in withMcpAuth"
  (server) => {
    server.tool("echo", "Echo a message", { message: z.string() }, async ({ message }) => ({
      content: [{ type: "text", text: message }],
    }));
  },
  {},
  { basePath: "/api", maxDuration: 60 },
);

export { handler as GET, handler as POST };
