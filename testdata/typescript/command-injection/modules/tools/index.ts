// a barrel file: re-exports of every shape
export * from "./star.js";
export { original as renamed } from "./renamed.js";
export * as grouped from "./grouped.js";
export { viaNamespace } from "./namespace.js";
