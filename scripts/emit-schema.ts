// Writes schema/schema.graphql from the decorated classes (`npm run schema`); a test fails when it drifts.
import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { renderSchema } from "../src/graphql/render-schema";

const target = resolve(__dirname, "..", "schema", "schema.graphql");
writeFileSync(target, renderSchema());
console.log(`papergraph: wrote ${target}`);
