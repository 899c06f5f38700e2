// Drives our server with Neo4j's own Query API client, unchanged, and prints what it saw as JSON.
// The published package cannot be loaded by Node as is (ES syntax in a CommonJS package), so it is bundled first.
import neo4j from '@neo4j-labs/experimental-query-api-wrapper';

async function main(url, token) {
  const report = {};
  const toNumber = (value) => (neo4j.isInt(value) ? value.toNumber() : value);

  const wrapper = neo4j.wrapper(url, neo4j.auth.basic('neo4j', token));
  const session = wrapper.session({ database: 'neo4j' });
  try {
    const read = await session.run('MATCH (c:Company {id: $id}) RETURN c, c.name AS name', { id: 'smic' });
    const company = read.records[0].get('c');
    report.read = { labels: company.labels, name: read.records[0].get('name'), elementId: company.elementId, propertyName: company.properties.name };

    const typed = await session.run('RETURN $i + 1 AS i, $f * 2 AS f, $d AS d, $list AS list, $map.k AS k', {
      i: neo4j.int(41), f: 1.25, d: new neo4j.types.Date(2024, 5, 1), list: ['a', neo4j.int(2)], map: { k: 'v' },
    });
    const row = typed.records[0];
    report.typed = {
      i: toNumber(row.get('i')), iIsInteger: neo4j.isInt(row.get('i')), f: row.get('f'),
      d: row.get('d').toString(), dIsDate: neo4j.isDate(row.get('d')), list: row.get('list').map(toNumber), k: row.get('k'),
    };

    const path = await session.run("MATCH p = (:Sanction {id: 'us-sanctions-smic'})-[:TARGETS]->() RETURN p");
    const p = path.records[0].get('p');
    report.path = { isPath: neo4j.isPath(p), length: p.length, type: p.segments[0].relationship.type, end: p.end.properties.id };

    const write = await session.run('CREATE (n:WrapperProbe {name: $name}) RETURN n', { name: 'from the wrapper' });
    report.write = { nodesCreated: write.summary.counters.updates().nodesCreated };

    const tx = await session.beginTransaction();
    await tx.run('CREATE (:WrapperTx {n: 1})');
    await tx.commit();
    const rolledBack = await session.beginTransaction();
    await rolledBack.run('CREATE (:WrapperTx {n: 2})');
    await rolledBack.rollback();
    const count = await session.run('MATCH (t:WrapperTx) RETURN collect(t.n) AS ns');
    report.transactions = { committed: count.records[0].get('ns').map(toNumber) };

    try {
      await session.run('MATCH (n RETURN n');
      report.syntaxError = { code: 'none' };
    } catch (error) {
      report.syntaxError = { code: error.code, message: error.message };
    }
  } finally {
    await session.close();
    await wrapper.close();
  }

  const intruder = neo4j.wrapper(url, neo4j.auth.basic('neo4j', 'wrong password'));
  const intruderSession = intruder.session({ database: 'neo4j' });
  try {
    await intruderSession.run('RETURN 1');
    report.wrongPassword = { code: 'none' };
  } catch (error) {
    report.wrongPassword = { code: error.code };
  } finally {
    await intruderSession.close();
    await intruder.close();
  }

  console.log(JSON.stringify(report));
}

const [url, token] = process.argv.slice(2);
main(url, token).catch((error) => {
  console.error(error);
  process.exit(1);
});
