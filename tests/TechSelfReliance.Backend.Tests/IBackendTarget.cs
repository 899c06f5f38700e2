namespace TechSelfReliance.Backend.Tests;

/// <summary>A place the contract runs against: a seeded backend, or the reason it cannot be had here.</summary>
public interface IBackendTarget : IAsyncLifetime
{
    /// <summary>The seeded backend; skips the calling test (with the reason) when the target is unavailable.</summary>
    IGraphBackend Backend { get; }
}
