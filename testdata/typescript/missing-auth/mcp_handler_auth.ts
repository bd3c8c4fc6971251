// MCP004 fixtures: Vercel's mcp-handler route behind withMcpAuth.
import { createMcpHandler, withMcpAuth } from "mcp-handler";
import { z } from "zod";

const handler = createMcpHandler((server) => {
  server.tool("echo", "Echo a message", { message: z.string() }, async ({ message }) => ({
    content: [{ type: "text", text: message }],
  }));
});

// good: every request must carry a token that verifyToken accepts
const authHandler = withMcpAuth(handler, async (req, bearerToken) => (bearerToken ? { token: bearerToken, clientId: "c", scopes: [] } : undefined), {
  required: true,
});

export { authHandler as GET, authHandler as POST };
