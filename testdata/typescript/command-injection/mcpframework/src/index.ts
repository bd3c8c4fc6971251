// mcp-framework discovers the tool and prompt classes of src/tools and
// src/prompts: extending the base class is the registration.
import { MCPServer } from "mcp-framework";

const server = new MCPServer();
server.start();
