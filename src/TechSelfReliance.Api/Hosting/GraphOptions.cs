namespace TechSelfReliance.Api.Hosting;

/// <summary>Which backend serves the graph and where its data and seed live (configuration section "Graph").</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    /// <summary>"Embedded" (default) or "Neo4j".</summary>
    public string Backend { get; set; } = "Embedded";

    /// <summary>The embedded store's folder, relative to the working directory.</summary>
    public string DataDirectory { get; set; } = "data/graph";

    /// <summary>Keep the embedded store in memory only (tests, demos).</summary>
    public bool InMemory { get; set; }

    /// <summary>The graph-seed folder; found next to the application or above it when empty.</summary>
    public string SeedDirectory { get; set; } = string.Empty;

    /// <summary>Load the seed on start when the graph is empty.</summary>
    public bool SeedWhenEmpty { get; set; } = true;

    /// <summary>Replace the graph with a fresh load of the seed on start (the <c>--reseed</c> switch).</summary>
    public bool Reseed { get; set; }
}
