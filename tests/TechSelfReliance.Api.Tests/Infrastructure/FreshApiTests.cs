namespace TechSelfReliance.Api.Tests.Infrastructure;

/// <summary>A base for test classes that write: every test gets a seeded service of its own.</summary>
public abstract class FreshApiTests : IAsyncLifetime
{
    private readonly SeededApi _api = new();

    protected Testing.ApiFactory Factory => _api.Factory;

    protected HttpClient Client => _api.Client;

    public ValueTask InitializeAsync() => _api.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        await _api.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
