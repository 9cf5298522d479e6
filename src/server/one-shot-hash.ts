// Apollo Server hashes every request's query text (sha256, the key of its parsed-document cache) through
// @apollo/utils.createhash, which makes a node:crypto Hash per call. Each Hash is a native object that V8 tracks
// with a weak global handle, and every young-generation collection visits each handle that died since the last:
// about 0.5 µs apiece, 0.76 ms of every scavenge at 10,000 requests a second (measured with --trace-gc-nvp,
// `heap.external_weak_global_handles`). Node's one-shot crypto.hash computes the same digest without a Hash
// object. Here createHash returns a hash that keeps what it is given and digests it with crypto.hash; anything
// but one string update (the only use Apollo makes of it per request) goes through a real node:crypto Hash.
import { createHash, hash, type BinaryLike, type BinaryToTextEncoding, type Encoding, type Hash } from "node:crypto";
import { replaceApolloExport } from "./apollo-export";

/** The subset of node:crypto's Hash that @apollo/utils.createhash's callers use. */
export interface QueryHash {
  update(data: BinaryLike, encoding?: Encoding): QueryHash;
  digest(): Buffer;
  digest(encoding: BinaryToTextEncoding): string;
}

/** A hash of one string, digested in one call; falls back to node:crypto's Hash for any other use. */
export class OneShotHash implements QueryHash {
  private text?: string;
  private full?: Hash;

  constructor(private readonly algorithm: string) {}

  update(data: BinaryLike, encoding?: Encoding): this {
    if (!this.full && this.text === undefined && typeof data === "string" && (encoding === undefined || encoding === "utf8" || encoding === "utf-8")) {
      this.text = data;
      return this;
    }
    if (!this.full) {
      this.full = createHash(this.algorithm);
      if (this.text !== undefined) this.full.update(this.text);
    }
    if (typeof data === "string" && encoding !== undefined) this.full.update(data, encoding);
    else this.full.update(data);
    return this;
  }

  digest(): Buffer;
  digest(encoding: BinaryToTextEncoding): string;
  digest(encoding?: BinaryToTextEncoding): Buffer | string {
    if (this.full) return encoding === undefined ? this.full.digest() : this.full.digest(encoding);
    const text = this.text ?? "";
    return encoding === undefined ? hash(this.algorithm, text, "buffer") : hash(this.algorithm, text, encoding);
  }
}

/**
 * Puts OneShotHash behind @apollo/utils.createhash (once), as Apollo Server 5 resolves it; Apollo reads the function
 * from that module at each call. Returns false, leaving it as it is, when the module or crypto.hash is missing.
 */
export function installOneShotQueryHash(): boolean {
  if (typeof hash !== "function") return false;
  return replaceApolloExport<(algorithm: string) => QueryHash>("@apollo/utils.createhash", "createHash", () => (algorithm) => new OneShotHash(algorithm));
}
