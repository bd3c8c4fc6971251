// Path helpers: one that really checks containment, one that does not.
import path from "node:path";

export function safeJoin(root: string, name: string): string {
  const full = path.resolve(root, name);
  if (!full.startsWith(root + path.sep)) {
    throw new Error("path escapes the root");
  }
  return full;
}

export function weakJoin(root: string, name: string): string {
  // not a guard: normalize alone leaves an absolute name or enough ../ intact
  return path.normalize(path.join(root, name));
}
