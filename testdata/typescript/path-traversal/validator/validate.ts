import path from "node:path";
import fs from "node:fs/promises";
import { isPathWithinAllowedDirectories, startsWithAny } from "./allowed.js";

const allowedDirectories = ["/srv/data"];

export async function validatePath(requested: string): Promise<string> {
  const absolute = path.resolve(requested);
  const real = await fs.realpath(absolute);
  if (!isPathWithinAllowedDirectories(real, allowedDirectories)) {
    throw new Error(`Access denied: ${real}`);
  }
  return real;
}

export async function validateLoosely(requested: string): Promise<string> {
  const absolute = path.resolve(requested);
  // not a guard: a prefix without a separator admits /srv/data-other
  if (!startsWithAny(absolute, allowedDirectories)) {
    throw new Error("denied");
  }
  return absolute;
}

export function validateUnresolved(requested: string): string {
  if (!isPathWithinAllowedDirectories(requested, allowedDirectories)) {
    throw new Error("denied");
  }
  return requested;
}
