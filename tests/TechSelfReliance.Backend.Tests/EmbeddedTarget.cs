using TechSelfReliance.Backend.Embedded;
using TechSelfReliance.Backend.Seeding;
using TechSelfReliance.Graph;

namespace TechSelfReliance.Backend.Tests;

/// <summary>Target 1: the embedded backend in this process, seeded.</summary>
public sealed class EmbeddedTarget : IBackendTarget
{
    private EmbeddedBackend? _backend;

    public IGraphBackend Backend => _backend!;

    public async ValueTask InitializeAsync()
    {
        _backend = new EmbeddedBackend(GraphStore.CreateInMemory());
        await new SeedLoader(_backend).LoadAsync(SeedLoader.Locate()!);
    }

    public async ValueTask DisposeAsync() => await _backend!.DisposeAsync();
}
