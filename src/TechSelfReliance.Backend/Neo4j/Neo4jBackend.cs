using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Cypher.Execution;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Backend.Neo4j;

/// <summary>
/// The graph on a Neo4j server, spoken to over its HTTP Query API v2 in typed JSON (Neo4j.Driver and Bolt are
/// not available here). Errors become the embedded engine's error classes. Thread-safe: HttpClient is, and
/// the write counter is atomic.
/// <para>
/// Its data version is the node and relationship counts plus the writes made through this process, so
/// derived caches see every change made here and any change elsewhere that alters the counts; a change made
/// elsewhere that keeps both counts (a property edit) is seen when the cache's own age limit passes.
/// </para>
/// </summary>
public sealed class Neo4jBackend : IGraphBackend
{
    private readonly HttpClient _http;
    private readonly Neo4jOptions _options;
    private long _localWrites;

    public Neo4jBackend(HttpClient http, Neo4jOptions options)
    {
        _http = http;
        _options = options;
        _http.BaseAddress ??= new Uri(options.Uri.TrimEnd('/') + "/");
        _http.Timeout = TimeSpan.FromSeconds(options.RequestTimeoutSeconds);
        if (options.Password.Length > 0)
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}"));
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        }
    }

    public string Name => "neo4j";

    internal string QueryPath => $"db/{Uri.EscapeDataString(_options.Database)}/query/v2";

    public async Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, Value>? parameters = null, QueryAccess access = QueryAccess.Read, CancellationToken cancellationToken = default)
    {
        using var request = QueryApiRequest.Create(HttpMethod.Post, QueryPath, statement, parameters, access, retrySafe: access == QueryAccess.Read);
        var (body, _) = await SendAsync(request, statement, cancellationToken);
        var result = QueryApiResponse.ToResult(body, statement);
        if (result.Counters.ContainsUpdates)
        {
            Interlocked.Increment(ref _localWrites);
        }

        return result;
    }

    /// <summary>The server applies its own limits; this is a plain read.</summary>
    public Task<QueryResult> ReadAllAsync(string statement, CancellationToken cancellationToken = default) =>
        RunAsync(statement, null, QueryAccess.Read, cancellationToken);

    public async Task<IGraphTransaction> BeginTransactionAsync(QueryAccess access = QueryAccess.Write, CancellationToken cancellationToken = default)
    {
        using var request = QueryApiRequest.Create(HttpMethod.Post, QueryPath + "/tx", null, null, access, retrySafe: true);
        var (body, response) = await SendAsync(request, string.Empty, cancellationToken);
        QueryApiResponse.ThrowIfError(body, string.Empty);
        var id = body.GetProperty("transaction").GetProperty("id").GetString()!;
        var affinity = response.Headers.TryGetValues(Neo4jTransaction.AffinityHeader, out var values) ? values.FirstOrDefault() : null;
        return new Neo4jTransaction(this, id, affinity);
    }

    public async Task<BackendHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await RunAsync("RETURN 1 AS ok", null, QueryAccess.Read, cancellationToken);
            var healthy = result.Rows.Count == 1 && result.Rows[0][0].AsInteger() == 1;
            return new BackendHealth(healthy, Name, healthy ? $"Neo4j at {_options.Uri} answers (database '{_options.Database}')." : "Neo4j answered unexpectedly.",
                new Dictionary<string, object> { ["uri"] = _options.Uri, ["database"] = _options.Database });
        }
        catch (CypherException error)
        {
            return new BackendHealth(false, Name, $"Neo4j at {_options.Uri} does not answer: {error.Message}");
        }
    }

    public async Task<string> GetDataVersionAsync(CancellationToken cancellationToken = default)
    {
        var nodes = await RunAsync("MATCH (n) RETURN count(n)", null, QueryAccess.Read, cancellationToken);
        var relationships = await RunAsync("MATCH ()-[r]->() RETURN count(r)", null, QueryAccess.Read, cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"{nodes.Rows[0][0].AsInteger()}:{relationships.Rows[0][0].AsInteger()}:{Interlocked.Read(ref _localWrites)}");
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    internal void CountWrite() => Interlocked.Increment(ref _localWrites);

    /// <summary>Sends a request; a body that is not JSON or a failure to connect becomes a CypherException.</summary>
    internal async Task<(JsonElement Body, HttpResponseMessage Response)> SendAsync(HttpRequestMessage request, string statement, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException error)
        {
            throw Unavailable($"Neo4j at {_options.Uri} cannot be reached: {error.Message}", error);
        }
        catch (TaskCanceledException error) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CypherException(CypherErrorClass.Timeout, "RequestTimeout", $"Neo4j at {_options.Uri} did not answer within {_options.RequestTimeoutSeconds} s.", compileTime: false, inner: error);
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonElement body;
        try
        {
            body = text.Length == 0 ? JsonDocument.Parse("{}").RootElement : JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException error)
        {
            throw Unavailable($"Neo4j answered HTTP {(int)response.StatusCode} with a body that is not JSON: {text[..Math.Min(200, text.Length)]}", error);
        }

        QueryApiResponse.ThrowIfError(body, statement);
        if (!response.IsSuccessStatusCode)
        {
            throw Unavailable($"Neo4j answered HTTP {(int)response.StatusCode}: {text[..Math.Min(200, text.Length)]}", null);
        }

        return (body, response);
    }

    private static CypherException Unavailable(string message, Exception? inner) =>
        new(CypherErrorClass.Internal, "ServiceUnavailable", message, compileTime: false, inner: inner);
}
