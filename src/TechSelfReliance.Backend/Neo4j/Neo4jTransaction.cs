using TechSelfReliance.Cypher.Execution;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Backend.Neo4j;

/// <summary>
/// An explicit transaction of the Query API (/tx, /tx/{id}, /tx/{id}/commit, DELETE /tx/{id}). A failed
/// statement ends it on the server, as on Neo4j. Not thread-safe: one statement at a time.
/// </summary>
internal sealed class Neo4jTransaction(Neo4jBackend backend, string id, string? affinity) : IGraphTransaction
{
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private bool _ended;
    private bool _wrote;

    private string Path => $"{backend.QueryPath}/tx/{Uri.EscapeDataString(id)}";

    public async Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, Value>? parameters = null, CancellationToken cancellationToken = default)
    {
        using var request = WithAffinity(QueryApiRequest.Create(HttpMethod.Post, Path, statement, parameters, null, retrySafe: false));
        try
        {
            var (body, _) = await backend.SendAsync(request, statement, cancellationToken);
            var result = QueryApiResponse.ToResult(body, statement);
            _wrote |= result.Counters.ContainsUpdates;
            return result;
        }
        catch (Cypher.Errors.CypherException)
        {
            _ended = true;
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        using var request = WithAffinity(QueryApiRequest.Create(HttpMethod.Post, Path + "/commit", null, null, null, retrySafe: false));
        _ended = true;
        await backend.SendAsync(request, string.Empty, cancellationToken);
        if (_wrote)
        {
            backend.CountWrite();
        }
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_ended)
        {
            return;
        }

        _ended = true;
        using var request = WithAffinity(QueryApiRequest.Create(HttpMethod.Delete, Path, null, null, null, retrySafe: true));
        await backend.SendAsync(request, string.Empty, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_ended)
        {
            try
            {
                await RollbackAsync();
            }
            catch (Cypher.Errors.CypherException)
            {
                // the server ends abandoned transactions itself when they expire
            }
        }
    }

    private HttpRequestMessage WithAffinity(HttpRequestMessage request)
    {
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        return request;
    }
}
