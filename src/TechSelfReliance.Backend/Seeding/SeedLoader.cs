using System.Diagnostics;

namespace TechSelfReliance.Backend.Seeding;

/// <summary>
/// Loads the knowledge graph from graph-seed/*.cypher (file name order) through any backend. The scripts are
/// idempotent, so loading twice changes nothing. Thread-safety: stateless apart from the backend.
/// </summary>
public sealed class SeedLoader(IGraphBackend backend)
{
    public async Task<SeedReport> LoadAsync(string directory, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var statements = ReadStatements(directory);
        int nodes = 0, relationships = 0, properties = 0, labels = 0;
        foreach (var statement in statements)
        {
            var result = await backend.RunAsync(statement, null, QueryAccess.Write, cancellationToken);
            nodes += result.Counters.NodesCreated;
            relationships += result.Counters.RelationshipsCreated;
            properties += result.Counters.PropertiesSet;
            labels += result.Counters.LabelsAdded;
        }

        return new SeedReport(statements.Count, nodes, relationships, properties, labels, watch.Elapsed);
    }

    /// <summary>Deletes every node and relationship, then loads the seed again.</summary>
    public async Task<SeedReport> ReloadAsync(string directory, CancellationToken cancellationToken = default)
    {
        await backend.RunAsync("MATCH (n) DETACH DELETE n", null, QueryAccess.Write, cancellationToken);
        return await LoadAsync(directory, cancellationToken);
    }

    public static IReadOnlyList<string> ReadStatements(string directory) =>
        Directory.EnumerateFiles(directory, "*.cypher")
            .Order(StringComparer.Ordinal)
            .SelectMany(f => StatementSplitter.Split(File.ReadAllText(f)))
            .ToList();

    /// <summary>The graph-seed folder: the configured one, else the first found above the application's folder or the working folder.</summary>
    public static string? Locate(string? configured = null)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "graph-seed");
                if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.cypher").Any())
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
