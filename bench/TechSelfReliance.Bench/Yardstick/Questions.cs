namespace TechSelfReliance.Bench.Yardstick;

/// <summary>Q1–Q8 of the side-by-side benchmark, with random (seeded) parameters over the generated graph.</summary>
public static class Questions
{
    public static IReadOnlyList<Question> For(SupplyChainGraph graph, int seed)
    {
        var random = new Random(seed + 1);
        string Company() => SupplyChainGraph.CompanyId(random.Next(graph.Companies));
        List<Dictionary<string, object>> Ids(int count) => Enumerable.Range(0, count).Select(_ => new Dictionary<string, object> { ["id"] = Company() }).ToList();
        var questions = new List<Question>
        {
            new("Q1", "point lookup by key",
                "MATCH (c:Company {id: $id}) RETURN c.name AS name, c.revenue AS revenue",
                "MATCH (c:Company) WHERE c.id = $id RETURN c.name AS name, c.revenue AS revenue", Ids(2000), 200),
            new("Q2", "1-hop suppliers' customers of a company",
                "MATCH (c:Company {id: $id})-[:SUPPLIES]->(d:Company) RETURN d.id AS id ORDER BY id",
                "MATCH (c:Company)-[:SUPPLIES]->(d:Company) WHERE c.id = $id RETURN d.id AS id ORDER BY id", Ids(2000), 200),
            new("Q3", "2-hop distinct count",
                "MATCH (c:Company {id: $id})-[:SUPPLIES*2..2]->(x:Company) RETURN count(DISTINCT x) AS n",
                "MATCH (c:Company)-[:SUPPLIES* TRAIL 2..2]->(x:Company) WHERE c.id = $id RETURN count(DISTINCT x) AS n", Ids(300), 30),
            new("Q4", "3-hop distinct count",
                "MATCH (c:Company {id: $id})-[:SUPPLIES*3..3]->(x:Company) RETURN count(DISTINCT x) AS n",
                "MATCH (c:Company)-[:SUPPLIES* TRAIL 3..3]->(x:Company) WHERE c.id = $id RETURN count(DISTINCT x) AS n", Ids(100), 10),
            new("Q5", "shortest path (undirected, at most 6 hops) between random companies",
                "MATCH (a:Company {id: $a}), (b:Company {id: $b}) MATCH p = shortestPath((a)-[:SUPPLIES*..6]-(b)) RETURN length(p) AS hops",
                "MATCH p = (a:Company)-[:SUPPLIES* SHORTEST 1..6]-(b:Company) WHERE a.id = $a AND b.id = $b RETURN length(p) AS hops",
                Enumerable.Range(0, 100).Select(_ => new Dictionary<string, object> { ["a"] = Company(), ["b"] = Company() }).ToList(), 10),
        };
        foreach (var label in SupplyChainGraph.NodeLabels)
        {
            questions.Add(new Question("Q6", $"count of {label} nodes", $"MATCH (n:{label}) RETURN count(n) AS n", $"MATCH (n:{label}) RETURN count(n) AS n", Repeat(20), 3));
        }

        foreach (var (type, from, to) in SupplyChainGraph.RelationshipTypes)
        {
            questions.Add(new Question("Q6", $"count of {type} relationships", $"MATCH ()-[r:{type}]->() RETURN count(r) AS n", $"MATCH (:{from})-[r:{type}]->(:{to}) RETURN count(r) AS n", Repeat(20), 3));
        }

        questions.Add(new Question("Q7", "revenue range, top 20 by revenue",
            "MATCH (c:Company) WHERE c.revenue >= $lo AND c.revenue < $hi RETURN c.id AS id, c.revenue AS revenue ORDER BY revenue DESC, id LIMIT 20",
            "MATCH (c:Company) WHERE c.revenue >= $lo AND c.revenue < $hi RETURN c.id AS id, c.revenue AS revenue ORDER BY revenue DESC, id LIMIT 20",
            Enumerable.Range(0, 300).Select(_ =>
            {
                var lo = (long)Math.Exp(10 + (random.NextDouble() * 8));
                return new Dictionary<string, object> { ["lo"] = lo, ["hi"] = lo + (lo / 20) };
            }).ToList(), 30));
        questions.Add(new Question("Q8", "sanctions reaching each sector through companies (2-hop aggregation)",
            "MATCH (s:Sanction)-[:TARGETS]->(c:Company)-[:IN_SECTOR]->(x:Sector) RETURN x.name AS sector, count(DISTINCT s) AS sanctions ORDER BY sector",
            "MATCH (s:Sanction)-[:TARGETS]->(c:Company)-[:IN_SECTOR]->(x:Sector) RETURN x.name AS sector, count(DISTINCT s) AS sanctions ORDER BY sector",
            Repeat(20), 3));
        return questions;
    }

    private static List<Dictionary<string, object>> Repeat(int count) => Enumerable.Range(0, count).Select(_ => new Dictionary<string, object>()).ToList();
}
