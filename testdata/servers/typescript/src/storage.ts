// Storage helpers; the taint arrives from tools in index.ts.
import { readFile } from "node:fs/promises";
import path from "node:path";

export async function readNote(base: string, name: string): Promise<string> {
  const file = path.join(base, name);
  return readFile(file, "utf8"); // want "tool argument \"name\" reaches fs/promises.readFile without a containment check \\(argument of a handler in src/index.ts\\)"
}

export async function readNoteSafely(base: string, name: string): Promise<string> {
  // good: resolved and compared with the base plus a separator
  const file = path.resolve(base, name);
  if (!file.startsWith(base + path.sep)) {
    throw new Error("outside the notes directory");
  }
  return readFile(file, "utf8");
}
