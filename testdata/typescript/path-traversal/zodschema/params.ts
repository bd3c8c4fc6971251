// Parameter schemas shared by several tools, as servers keep them in a
// module of their own.
import { z } from "zod";

// only letters and digits: no "/", no "..", no ":"
export const SlugParam = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-zA-Z0-9]+$/, { message: "only letters and digits" })
  .describe("A slug of letters and digits.");

// dots and slashes are allowed, so "../../etc/passwd" matches
export const LoosePathParam = z.string().regex(/^[\w./-]+$/).describe("A relative path.");

// a length limit is no allow-list
export const NameParam = z.string().min(1).max(64);
