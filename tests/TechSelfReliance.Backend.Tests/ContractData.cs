namespace TechSelfReliance.Backend.Tests;

/// <summary>The cases of the backend contract's theories.</summary>
public static class ContractData
{
    public static TheoryData<string> ValueCases() => new(RoundTripValues.Names);

    public static TheoryData<string, string, string[]> AnalystQuestions() => new()
    {
        { "Which companies do sanctions target?", "MATCH (:Sanction)-[:TARGETS]->(c:Company) RETURN DISTINCT c.name ORDER BY c.name", ["HiSilicon", "Huawei", "SMIC", "YMTC", "ZTE"] },
        { "Who imposes the EUV export controls?", "MATCH (x)-[:IMPOSES]->(:Sanction {id: 'euv-export-controls'}) RETURN x.name", ["Netherlands"] },
        { "Which cities are hubs for AI?", "MATCH (c:City)-[:HUB_FOR]->(:Sector {id: 'artificial-intelligence'}) RETURN c.name ORDER BY c.name", ["Beijing", "Shanghai"] },
        { "Which relationships lack evidence?", "MATCH ()-[r]->() WHERE r.evidence IS NULL OR trim(r.evidence) = '' RETURN count(r)", ["0"] },
        { "How big is the seed?", "MATCH (n:Entity) WITH count(n) AS nodes MATCH (:Entity)-[r]->(:Entity) WITH nodes, count(r) AS relationships RETURN toString(nodes) + '/' + toString(relationships)", ["158/246"] },
        { "What does SMIC lag behind?", "MATCH (:Sector {id: 'semiconductors'})-[:LAGS_BEHIND]->(c) RETURN c.name ORDER BY c.name", ["Samsung", "TSMC"] },
    };
}
