// MCP010 fixtures: bearer tokens verified with and without an audience check.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { createRemoteJWKSet, jwtVerify } from "jose";
import jwt from "jsonwebtoken";

const server = new McpServer({ name: "auth", version: "1.0.0" });
const JWKS = createRemoteJWKSet(new URL("https://auth.example.com/.well-known/jwks.json"));
const AUDIENCE = "https://mcp.example.com";

export async function verifyA(token: string) {
  const { payload } = await jwtVerify(token, JWKS, { issuer: "https://auth.example.com" }); // want "jwtVerify accepts tokens issued for any audience"
  return payload;
}

export async function verifyB(token: string) {
  // good: the audience is checked
  const { payload } = await jwtVerify(token, JWKS, { issuer: "https://auth.example.com", audience: AUDIENCE });
  return payload;
}

export function verifyC(token: string) {
  return jwt.verify(token, process.env.SECRET!); // want "jwt.verify accepts tokens issued for any audience"
}

export function verifyD(token: string) {
  // good: the audience is checked
  return jwt.verify(token, process.env.SECRET!, { audience: AUDIENCE, algorithms: ["HS256"] });
}

export function verifyE(token: string, options: jwt.VerifyOptions) {
  // good: the options come from the caller and may hold the audience
  return jwt.verify(token, process.env.SECRET!, options);
}

export function verifyF(token: string) {
  jwt.verify(token, process.env.SECRET!, (err, decoded) => decoded); // want "jwt.verify accepts tokens issued for any audience"
}

const BASE = loadVerifyOptions();

export async function verifyG(token: string) {
  // good: the spread options may hold the audience
  const { payload } = await jwtVerify(token, JWKS, { ...BASE, issuer: "https://auth.example.com" });
  return payload;
}

declare function loadVerifyOptions(): { audience?: string };

export { server };

export async function verifyManualAud(token: string) {
  // good: the audience is compared by hand right after the signature check
  const { payload } = await jwtVerify(token, JWKS, { issuer: "https://auth.example.com" });
  if (payload.aud !== AUDIENCE) {
    throw new Error("token not issued for this server");
  }
  return payload;
}

export async function verifyManualSub(token: string) {
  const { payload } = await jwtVerify(token, JWKS, { issuer: "https://auth.example.com" }); // want "jwtVerify accepts tokens issued for any audience"
  if (!payload.sub) {
    throw new Error("no subject");
  }
  return payload;
}

export async function verifyAudReadBefore(token: string, unverified: { aud?: string }) {
  // an aud read before the verification is not a check of the verified token
  if (typeof unverified.aud !== "string") {
    throw new Error("no audience");
  }
  const { payload } = await jwtVerify(token, JWKS, { issuer: "https://auth.example.com" }); // want "jwtVerify accepts tokens issued for any audience"
  return payload;
}
