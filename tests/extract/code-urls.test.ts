import { describe, it, expect } from "vitest";
import { findCodeUrls } from "../../src/extract";

describe("findCodeUrls", () => {
  it("strips trailing punctuation and unbalanced brackets, code hosts first", () => {
    expect(findCodeUrls("See https://proj.example.org/page). Code: https://gitlab.com/a/b.git, and (https://github.com/x/y).")).toEqual([
      "https://gitlab.com/a/b.git",
      "https://github.com/x/y",
      "https://proj.example.org/page",
    ]);
  });
});
