using TechSelfReliance.Testing;
namespace TechSelfReliance.Api.Tests.Infrastructure;

/// <summary>One seeded service shared by the tests of a class that only read.</summary>
public sealed class SeededApi : IAsyncLifetime
{
    public ApiFactory Factory { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        Client = Factory.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
