// Guards mutations: they need `Authorization: Bearer <key>` matching PAPERGRAPH_API_KEY; queries never come here.
import { createHash, timingSafeEqual } from "node:crypto";
import { DomainError } from "../domain";
import type { CorpusStore } from "../store";
import type { GraphQLContext } from "./context";

function digest(value: string): Buffer {
  // Equal-length digests let timingSafeEqual compare keys of any length without leaking where they differ.
  return createHash("sha256").update(value, "utf8").digest();
}

/** Throws FORBIDDEN (mutations disabled, or wrong key) or UNAUTHENTICATED (no bearer token); returns the corpus store. */
export function requireApiKey(ctx: GraphQLContext, operation: string): CorpusStore {
  if (!ctx.apiKey) {
    throw new DomainError(
      "FORBIDDEN",
      `${operation}: mutations are disabled on this server; start it with PAPERGRAPH_API_KEY set (16+ characters) and send "Authorization: Bearer <key>"`,
      { reason: "MUTATIONS_DISABLED" },
    );
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(ctx.authorization ?? "");
  if (!match) {
    throw new DomainError("UNAUTHENTICATED", `${operation}: send the API key as "Authorization: Bearer <key>"`);
  }
  if (!timingSafeEqual(digest(match[1]), digest(ctx.apiKey))) {
    throw new DomainError("FORBIDDEN", `${operation}: the API key is not valid`);
  }
  if (!ctx.corpus) {
    throw new DomainError("FORBIDDEN", `${operation}: this server has no corpus store to write to, so mutations are disabled`, {
      reason: "NO_CORPUS_STORE",
    });
  }
  return ctx.corpus;
}
