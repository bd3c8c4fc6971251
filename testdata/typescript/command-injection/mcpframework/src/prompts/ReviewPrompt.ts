// MCP002 fixtures: an mcp-framework prompt, whose generateMessages method
// gets the prompt's arguments.
import { MCPPrompt } from "mcp-framework";
import { z } from "zod";
import { execSync } from "child_process";

interface ReviewInput {
  branch: string;
}

class ReviewPrompt extends MCPPrompt<ReviewInput> {
  name = "review";
  description = "Review a branch";
  schema = { branch: { type: z.string(), description: "Branch", required: true } };

  async generateMessages({ branch }: ReviewInput) {
    const diff = execSync(`git diff main...${branch}`).toString(); // want "prompt argument \"branch\" reaches child_process.execSync"
    return [{ role: "user", content: { type: "text", text: diff } }];
  }
}

export default ReviewPrompt;
