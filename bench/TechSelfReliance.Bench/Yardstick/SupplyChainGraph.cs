using System.Globalization;
using System.Text;

namespace TechSelfReliance.Bench.Yardstick;

/// <summary>
/// A deterministic (seeded) supply-chain-shaped graph written once as CSV: countries, cities, sectors,
/// technologies, sanctions, programmes and companies, with skewed degrees (a few suppliers and customers are
/// hubs, most companies are small). Scale 1 is 1,000,000 nodes and 10,000,000 relationships.
/// </summary>
public sealed class SupplyChainGraph
{
    public static readonly string[] NodeLabels = ["Country", "City", "Sector", "Technology", "Sanction", "Programme", "Company"];

    public static readonly (string Type, string From, string To)[] RelationshipTypes =
    [
        ("IN_COUNTRY", "City", "Country"), ("LOCATED_IN", "Company", "City"), ("IN_SECTOR", "Company", "Sector"), ("USES", "Company", "Technology"),
        ("TARGETS", "Sanction", "Company"), ("FUNDS", "Programme", "Company"), ("SUPPLIES", "Company", "Company"),
    ];

    private SupplyChainGraph(string folder, Dictionary<string, int> counts, long relationships)
    {
        Folder = folder;
        NodeCounts = counts;
        RelationshipCount = relationships;
    }

    public string Folder { get; }

    public IReadOnlyDictionary<string, int> NodeCounts { get; }

    public long RelationshipCount { get; }

    public int Companies => NodeCounts["Company"];

    public string NodeFile(string label) => Path.Combine(Folder, $"{label}.csv");

    public string RelationshipFile(string type) => Path.Combine(Folder, $"{type}.csv");

    /// <summary>Writes the CSV files into <paramref name="folder"/> unless a complete set for the same scale and seed is there.</summary>
    public static SupplyChainGraph Create(string folder, double scale, int seed)
    {
        var nodes = (int)Math.Round(1_000_000 * scale);
        var relationships = (long)Math.Round(10_000_000 * scale);
        var counts = new Dictionary<string, int>
        {
            ["Country"] = Math.Max(20, nodes / 5000),
            ["City"] = Math.Max(100, nodes / 200),
            ["Sector"] = Math.Max(20, nodes / 20000),
            ["Technology"] = Math.Max(50, nodes / 2000),
            ["Sanction"] = Math.Max(50, nodes / 1000),
            ["Programme"] = Math.Max(50, nodes / 2000),
        };
        counts["Company"] = nodes - counts.Values.Sum();
        var graph = new SupplyChainGraph(folder, counts, relationships);
        var marker = Path.Combine(folder, "complete.txt");
        var signature = $"scale={scale.ToString(CultureInfo.InvariantCulture)} seed={seed} nodes={nodes} relationships={relationships}";
        if (File.Exists(marker) && File.ReadAllText(marker) == signature)
        {
            return graph;
        }

        Directory.CreateDirectory(folder);
        graph.Write(new Random(seed));
        File.WriteAllText(marker, signature);
        return graph;
    }

    private static string Id(string label, int index) => $"{char.ToLowerInvariant(label[0])}{label[1..3].ToLowerInvariant()}{index}";

    private void Write(Random random)
    {
        foreach (var label in NodeLabels)
        {
            using var writer = new StreamWriter(NodeFile(label), false, new UTF8Encoding(false), 1 << 20);
            writer.Write(label == "Company" ? "id:ID,name,revenue:long\n" : "id:ID,name\n");
            for (var i = 0; i < NodeCounts[label]; i++)
            {
                writer.Write(Id(label, i));
                writer.Write(',');
                writer.Write(label);
                writer.Write(' ');
                writer.Write(i.ToString(CultureInfo.InvariantCulture));
                if (label == "Company")
                {
                    var revenue = (long)Math.Exp(10 + (2.5 * Gaussian(random)));
                    writer.Write(',');
                    writer.Write(revenue.ToString(CultureInfo.InvariantCulture));
                }

                writer.Write('\n');
            }
        }

        int Skewed(int count, double power) => Math.Min(count - 1, (int)(count * Math.Pow(random.NextDouble(), power)));
        var companies = NodeCounts["Company"];
        long written = 0;
        void Edges(string type, string from, string to, IEnumerable<(int From, int To)> edges)
        {
            using var writer = new StreamWriter(RelationshipFile(type), false, new UTF8Encoding(false), 1 << 20);
            writer.Write(":START_ID,:END_ID\n");
            foreach (var (a, b) in edges)
            {
                writer.Write(Id(from, a));
                writer.Write(',');
                writer.Write(Id(to, b));
                writer.Write('\n');
                written++;
            }
        }

        Edges("IN_COUNTRY", "City", "Country", Enumerable.Range(0, NodeCounts["City"]).Select(c => (c, Skewed(NodeCounts["Country"], 1.5))));
        Edges("LOCATED_IN", "Company", "City", Enumerable.Range(0, companies).Select(c => (c, Skewed(NodeCounts["City"], 2))));
        Edges("IN_SECTOR", "Company", "Sector", Enumerable.Range(0, companies).Select(c => (c, Skewed(NodeCounts["Sector"], 2))));
        Edges("USES", "Company", "Technology", Enumerable.Range(0, companies).SelectMany(c =>
        {
            var first = Skewed(NodeCounts["Technology"], 1.5);
            var second = Skewed(NodeCounts["Technology"], 1.5);
            return second == first ? [(c, first)] : new[] { (c, first), (c, second) };
        }).ToList());
        Edges("TARGETS", "Sanction", "Company", Enumerable.Range(0, NodeCounts["Sanction"]).SelectMany(s => Enumerable.Range(0, 20).Select(_ => (s, Skewed(companies, 3)))).ToList());
        Edges("FUNDS", "Programme", "Company", Enumerable.Range(0, NodeCounts["Programme"]).SelectMany(p => Enumerable.Range(0, 20).Select(_ => (p, Skewed(companies, 2)))).ToList());
        var supplies = RelationshipCount - written;
        Edges("SUPPLIES", "Company", "Company", SupplyEdges(random, companies, supplies, Skewed));
    }

    private static IEnumerable<(int, int)> SupplyEdges(Random random, int companies, long count, Func<int, double, int> skewed)
    {
        for (long i = 0; i < count; i++)
        {
            var from = skewed(companies, 1.5);
            int to;
            do
            {
                to = skewed(companies, 2.5);
            }
            while (to == from);
            yield return (from, to);
        }
    }

    private static double Gaussian(Random random)
    {
        var u = 1 - random.NextDouble();
        var v = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }

    public static string CompanyId(int index) => Id("Company", index);
}
