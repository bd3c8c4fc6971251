import path from "node:path";

export function isPathWithinAllowedDirectories(p: string, allowed: string[]): boolean {
  return allowed.some((dir) => p === dir || p.startsWith(dir + path.sep));
}

export function startsWithAny(p: string, allowed: string[]): boolean {
  return allowed.some((dir) => p.startsWith(dir));
}
