namespace TechSelfReliance.Backend.Neo4j;

/// <summary>Where the Neo4j server is and how to reach it (configuration section "Neo4j").</summary>
public sealed class Neo4jOptions
{
    public const string Section = "Neo4j";

    /// <summary>The server's HTTP address, e.g. http://localhost:7474.</summary>
    public string Uri { get; set; } = "http://localhost:7474";

    public string Database { get; set; } = "neo4j";

    public string User { get; set; } = "neo4j";

    public string Password { get; set; } = string.Empty;

    /// <summary>How long one request may take before it is abandoned.</summary>
    public double RequestTimeoutSeconds { get; set; } = 60;
}
