// The Kuzu side of the side-by-side benchmark: loads the generated CSV files with COPY FROM, then times the
// questions of the plan over their parameters and records every answer, so the harness can compare them.
// Usage: node kuzu-bench.mjs <plan.json> <out.json>
import fs from 'node:fs';
import kuzu from 'kuzu';

const [planFile, outFile] = process.argv.slice(2);
const plan = JSON.parse(fs.readFileSync(planFile, 'utf8'));

const canonical = (value) => {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  return String(value);
};

const rssBefore = process.memoryUsage().rss;
fs.rmSync(plan.dbDir, { recursive: true, force: true });
const db = new kuzu.Database(plan.dbDir);
const conn = new kuzu.Connection(db);
const loadStart = process.hrtime.bigint();
for (const statement of [...plan.schema, ...plan.copies]) {
  await conn.query(statement);
}
const loadSeconds = Number(process.hrtime.bigint() - loadStart) / 1e9;
const rssAfterLoad = process.memoryUsage().rss;

const questions = [];
for (const question of plan.questions) {
  const prepared = await conn.prepare(question.cypher);
  if (!prepared.isSuccess()) throw new Error(`${question.name}: ${prepared.getErrorMessage()}`);
  const run = async (params) => {
    const result = await conn.execute(prepared, params);
    const rows = await result.getAll();
    result.close?.();
    return rows.map((row) => JSON.stringify(Object.values(row).map(canonical)));
  };
  for (let i = 0; i < question.warmup; i++) await run(question.params[i % question.params.length]);
  const timings = [];
  const results = [];
  for (const params of question.params) {
    const start = process.hrtime.bigint();
    const rows = await run(params);
    timings.push(Number(process.hrtime.bigint() - start) / 1000);
    results.push(rows.join('\n'));
  }
  questions.push({ timingsMicros: timings, results });
}

fs.writeFileSync(outFile, JSON.stringify({ version: kuzu.VERSION ?? '0.11.3', loadSeconds, rssBefore, rssAfterLoad, questions }));
