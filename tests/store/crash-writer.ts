// Child process for the crash test: appends batches in a loop and acknowledges each batch id on stdout once durable.
import { FileCorpusStore } from "../../src/store";

async function main(): Promise<void> {
  const [dataDir, round] = process.argv.slice(2);
  const store = await FileCorpusStore.open(dataDir);
  process.stdout.write(`ready\n`);
  for (let n = 0; ; n++) {
    const batchId = `r${round}-b${n}`;
    const papers = [0, 1, 2].map((k) => ({
      id: `${batchId}-p${k}`,
      title: `Crash test paper ${batchId} number ${k}`,
      abstract: "We study durable logs. ".repeat(20 + ((n * 7 + k) % 40)),
      authors: ["A. Tester"],
      keywords: [],
    }));
    await store.append(papers, { batchId });
    process.stdout.write(`ack ${batchId}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
