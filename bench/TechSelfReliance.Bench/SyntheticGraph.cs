namespace TechSelfReliance.Bench;

/// <summary>
/// A deterministic, supply-chain-shaped graph: a few labels, a few relationship types, degrees skewed so
/// that a small share of nodes are hubs. Generated from a seed, so every engine and every run sees the same data.
/// </summary>
internal sealed class SyntheticGraph
{
    public static readonly string[] Labels = ["Company", "Technology", "Sector", "Place"];
    public static readonly string[] Types = ["SUPPLIES", "USES", "IN_SECTOR", "LOCATED_IN"];
    public static readonly string[] Kinds = ["direct", "indirect", "licensed", "joint", "reported", "estimated"];

    public SyntheticGraph(int nodes, int relationships, int seed)
    {
        NodeCount = nodes;
        NodeLabel = new byte[nodes];
        NodeRank = new int[nodes];
        NodeName = new string[nodes];
        Start = new int[relationships];
        End = new int[relationships];
        Type = new byte[relationships];
        Weight = new int[relationships];
        Kind = new byte[relationships];
        var random = new Random(seed);
        for (var i = 0; i < nodes; i++)
        {
            var roll = random.Next(100);
            NodeLabel[i] = (byte)(roll < 70 ? 0 : roll < 90 ? 1 : roll < 95 ? 2 : 3);
            NodeRank[i] = random.Next(1_000_000);
            NodeName[i] = $"{Labels[NodeLabel[i]].ToLowerInvariant()}-{i}";
        }

        for (var r = 0; r < relationships; r++)
        {
            Start[r] = random.Next(nodes);
            End[r] = Skewed(random, nodes);
            Type[r] = (byte)random.Next(Types.Length);
            Weight[r] = random.Next(100);
            Kind[r] = (byte)random.Next(Kinds.Length);
        }
    }

    public int NodeCount { get; }

    public byte[] NodeLabel { get; }

    public int[] NodeRank { get; }

    public string[] NodeName { get; }

    public int[] Start { get; }

    public int[] End { get; }

    public byte[] Type { get; }

    public int[] Weight { get; }

    public byte[] Kind { get; }

    /// <summary>Targets follow a power law: low ids are chosen far more often, making them hubs.</summary>
    private static int Skewed(Random random, int nodes)
    {
        var u = random.NextDouble();
        return (int)(nodes * Math.Pow(u, 3));
    }
}
