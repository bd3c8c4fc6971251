// MCP007 fixtures: template engines compile templates to code.
import ejs from "ejs";
import Handlebars from "handlebars";
import _ from "lodash";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "templates", version: "1.0.0" });
const PAGE = "<h1><%= title %></h1>";

server.tool("render", { template: z.string(), title: z.string() }, async ({ template, title }) => {
  const a = ejs.render(template, { title }); // want "tool argument \"template\" is compiled as a template by ejs.render"
  // good: the template is the server's; the argument is only data
  const b = ejs.render(PAGE, { title });
  const c = Handlebars.compile(template)({ title }); // want "tool argument \"template\" is compiled as a template by handlebars.compile"
  const d = _.template(template)({ title }); // want "tool argument \"template\" is compiled as a template by lodash.template"
  return { content: [{ type: "text", text: a + b + c + d }] };
});

server.tool("later", { code: z.string() }, async ({ code }) => {
  setTimeout(code, 10); // want "tool argument \"code\" reaches setTimeout"
  // good: a function, not a string, is scheduled
  setTimeout(() => console.error(code), 10);
  return { content: [] };
});
