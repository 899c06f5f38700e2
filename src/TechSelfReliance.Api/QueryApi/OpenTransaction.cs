using TechSelfReliance.Backend;

namespace TechSelfReliance.Api.QueryApi;

/// <summary>An explicit transaction opened over the Query API, with who opened it and when it expires.</summary>
public sealed class OpenTransaction(string id, IGraphTransaction transaction, QueryAccess access, DateTimeOffset expiresAt) : IAsyncDisposable
{
    public string Id { get; } = id;

    public IGraphTransaction Transaction { get; } = transaction;

    public QueryAccess Access { get; } = access;

    public DateTimeOffset ExpiresAt { get; set; } = expiresAt;

    /// <summary>One request at a time per transaction.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        Gate.Dispose();
    }
}
