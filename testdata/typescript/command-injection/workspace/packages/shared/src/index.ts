// The workspace's shared helpers, imported by the server package by name.
export { runShell, runArgv } from "./runner.js";
