using TechSelfReliance.Backend.Embedded;
using TechSelfReliance.Backend.Seeding;
using TechSelfReliance.Graph;

namespace TechSelfReliance.GraphSeed.Tests;

/// <summary>The seed loaded once into a fresh in-memory store, shared by the tests of a class.</summary>
public sealed class SeedFixture : IAsyncLifetime
{
    public EmbeddedBackend Backend { get; } = new(GraphStore.CreateInMemory());

    public string SeedDirectory { get; } = SeedLoader.Locate() ?? throw new InvalidOperationException("graph-seed/ was not found above " + AppContext.BaseDirectory);

    public SeedReport FirstLoad { get; private set; } = null!;

    public async ValueTask InitializeAsync() => FirstLoad = await new SeedLoader(Backend).LoadAsync(SeedDirectory);

    public ValueTask DisposeAsync() => Backend.DisposeAsync();

    /// <summary>The article, read from the shared folder next to the repository (never copied into it).</summary>
    public static string ArticlePath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TechSelfReliance.sln")))
        {
            directory = directory.Parent;
        }

        var configured = Environment.GetEnvironmentVariable("SEED_ARTICLE");
        return configured ?? Path.Combine(directory!.FullName, "..", "shared", "seed", "000_9046707252c59a46.txt");
    }
}
