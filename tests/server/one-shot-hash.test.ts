import path from "node:path";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { installOneShotQueryHash, OneShotHash } from "../../src/server/one-shot-hash";

const apolloCreateHash = () =>
  require(require.resolve("@apollo/utils.createhash", { paths: [path.dirname(require.resolve("@apollo/server"))] })) as {
    createHash: (algorithm: string) => { update(data: string | Buffer, encoding?: BufferEncoding): any; digest(encoding?: string): string | Buffer };
  };

const QUERY = "query PaperDetail($id: ID!) { paper(id: $id) { id title méthodes: methods { name } } }";

describe("OneShotHash", () => {
  it("digests one string as node:crypto's Hash does, in every output encoding", () => {
    for (const algorithm of ["sha256", "sha1", "sha512"]) {
      expect(new OneShotHash(algorithm).update(QUERY).digest("hex")).toBe(createHash(algorithm).update(QUERY).digest("hex"));
      expect(new OneShotHash(algorithm).update(QUERY, "utf8").digest("base64")).toBe(createHash(algorithm).update(QUERY).digest("base64"));
      expect(new OneShotHash(algorithm).update(QUERY).digest().equals(createHash(algorithm).update(QUERY).digest())).toBe(true);
    }
    expect(new OneShotHash("sha256").digest("hex")).toBe(createHash("sha256").digest("hex"));
  });

  it("falls back to a real Hash for several updates, buffers and other input encodings", () => {
    const expected = createHash("sha256").update("ab").update(Buffer.from([1, 2, 3])).update("ff", "hex").digest("hex");
    expect(new OneShotHash("sha256").update("ab").update(Buffer.from([1, 2, 3])).update("ff", "hex").digest("hex")).toBe(expected);
    expect(new OneShotHash("sha256").update(Buffer.from(QUERY)).digest("hex")).toBe(createHash("sha256").update(QUERY).digest("hex"));
    expect(new OneShotHash("sha256").update("aGk=", "base64").digest("hex")).toBe(createHash("sha256").update("hi").digest("hex"));
  });
});

describe("installOneShotQueryHash", () => {
  it("replaces the createHash Apollo Server's pinned version uses, with the same digests", () => {
    expect(installOneShotQueryHash()).toBe(true);
    expect(installOneShotQueryHash()).toBe(true);
    const hash = apolloCreateHash().createHash("sha256");
    expect(hash).toBeInstanceOf(OneShotHash);
    expect(hash.update(QUERY).digest("hex")).toBe(createHash("sha256").update(QUERY).digest("hex"));
  });
});
