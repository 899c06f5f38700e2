using System.Text.Json;
using TechSelfReliance.Api.Hosting;
using TechSelfReliance.Api.Security;
using TechSelfReliance.Backend;
using TechSelfReliance.Backend.Wire;
using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Cypher.Execution;

namespace TechSelfReliance.Api.QueryApi;

/// <summary>
/// Neo4j's Query API v2: <c>POST /db/{db}/query/v2</c> for one statement in its own transaction, and
/// <c>/tx</c>, <c>/tx/{id}</c>, <c>/tx/{id}/commit</c>, <c>DELETE /tx/{id}</c> for explicit transactions.
/// Anonymous callers read; writes need the write token. Errors are Neo4j's codes with Neo4j's statuses.
/// </summary>
public static class QueryApiEndpoints
{
    public const string DatabaseName = "neo4j";

    public static IEndpointRouteBuilder MapQueryApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/db/{database}/query/v2").WithTags("Cypher (Neo4j Query API v2)");
        group.MapPost("/", Run)
            .WithSummary("Runs one Cypher statement in its own transaction")
            .WithDescription("Body {statement, parameters, includeCounters}. Plain JSON by default; typed JSON with Accept: application/vnd.neo4j.query. Writing needs the write token.")
            .Accepts<QueryRequestDocument>(MediaTypes.Json, MediaTypes.Typed)
            .Produces<JsonElement>(StatusCodes.Status202Accepted)
            .WithMetadata(new WriteCapableAttribute());
        group.MapPost("/tx", Begin).WithSummary("Opens an explicit transaction, optionally running a first statement")
            .Accepts<QueryRequestDocument>(MediaTypes.Json, MediaTypes.Typed).Produces<JsonElement>(StatusCodes.Status202Accepted)
            .WithMetadata(new WriteCapableAttribute());
        group.MapPost("/tx/{id}", RunInTransaction).WithSummary("Runs a statement in an open transaction")
            .Accepts<QueryRequestDocument>(MediaTypes.Json, MediaTypes.Typed).Produces<JsonElement>(StatusCodes.Status202Accepted)
            .WithMetadata(new WriteCapableAttribute());
        group.MapPost("/tx/{id}/commit", Commit).WithSummary("Commits an open transaction, optionally running a last statement")
            .Accepts<QueryRequestDocument>(MediaTypes.Json, MediaTypes.Typed).Produces<JsonElement>(StatusCodes.Status202Accepted)
            .WithMetadata(new WriteCapableAttribute());
        group.MapDelete("/tx/{id}", Rollback).WithSummary("Rolls back an open transaction").Produces<JsonElement>(StatusCodes.Status202Accepted);
        return routes;
    }

    private static Task Run(HttpContext http, string database, [AsParameters] QueryApiServices services) =>
        HandleAsync(http, database, services, async (request, caller) =>
        {
            var statement = Require(request.Statement);
            var access = caller == CallerAccess.Writer && !request.AsksForRead ? QueryAccess.Write : QueryAccess.Read;
            var result = await services.Backend.RunAsync(statement, request.Parameters, access, http.RequestAborted);
            await QueryResponseWriter.WriteAsync(http, result, request.IncludeCounters, await BookmarkAsync(services, http));
        });

    private static Task Begin(HttpContext http, string database, [AsParameters] QueryApiServices services) =>
        HandleAsync(http, database, services, async (request, caller) =>
        {
            var access = caller == CallerAccess.Writer && !request.AsksForRead ? QueryAccess.Write : QueryAccess.Read;
            var open = await services.Transactions.BeginAsync(access, http.RequestAborted);
            QueryResult? result = null;
            if (request.Statement is { Length: > 0 } statement)
            {
                result = await RunOrEndAsync(services, open, statement, request, http.RequestAborted);
            }

            await QueryResponseWriter.WriteAsync(http, result, request.IncludeCounters, await BookmarkAsync(services, http), open);
        });

    private static Task RunInTransaction(HttpContext http, string database, string id, [AsParameters] QueryApiServices services) =>
        HandleAsync(http, database, services, async (request, _) =>
        {
            var open = Find(services, id);
            await open.Gate.WaitAsync(http.RequestAborted);
            try
            {
                var result = await RunOrEndAsync(services, open, Require(request.Statement), request, http.RequestAborted);
                services.Transactions.Touch(open);
                await QueryResponseWriter.WriteAsync(http, result, request.IncludeCounters, await BookmarkAsync(services, http), open);
            }
            finally
            {
                ReleaseQuietly(open);
            }
        });

    private static Task Commit(HttpContext http, string database, string id, [AsParameters] QueryApiServices services) =>
        HandleAsync(http, database, services, async (request, _) =>
        {
            var open = Find(services, id);
            await open.Gate.WaitAsync(http.RequestAborted);
            QueryResult? result = null;
            if (request.Statement is { Length: > 0 } statement)
            {
                result = await RunOrEndAsync(services, open, statement, request, http.RequestAborted);
            }

            services.Transactions.Remove(open.Id);
            try
            {
                await open.Transaction.CommitAsync(http.RequestAborted);
            }
            finally
            {
                await open.DisposeAsync();
            }

            await QueryResponseWriter.WriteAsync(http, result, request.IncludeCounters, await BookmarkAsync(services, http));
        });

    private static Task Rollback(HttpContext http, string database, string id, [AsParameters] QueryApiServices services) =>
        HandleAsync(http, database, services, async (_, _) =>
        {
            var open = Find(services, id);
            await open.Gate.WaitAsync(http.RequestAborted);
            services.Transactions.Remove(open.Id);
            try
            {
                await open.Transaction.RollbackAsync(http.RequestAborted);
            }
            finally
            {
                await open.DisposeAsync();
            }

            await QueryResponseWriter.WriteAsync(http, null, false, await BookmarkAsync(services, http));
        });

    /// <summary>Runs a statement in a transaction; a failure ends the transaction, as on Neo4j.</summary>
    private static async Task<QueryResult> RunOrEndAsync(QueryApiServices services, OpenTransaction open, string statement, QueryRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await open.Transaction.RunAsync(statement, request.Parameters, cancellationToken);
        }
        catch (Exception)
        {
            if (services.Transactions.Remove(open.Id))
            {
                try
                {
                    await open.Transaction.RollbackAsync(CancellationToken.None);
                }
                finally
                {
                    await open.DisposeAsync();
                }
            }

            throw;
        }
    }

    private static void ReleaseQuietly(OpenTransaction open)
    {
        try
        {
            open.Gate.Release();
        }
        catch (ObjectDisposedException)
        {
            // the statement failed and ended the transaction
        }
    }

    private static OpenTransaction Find(QueryApiServices services, string id) =>
        services.Transactions.TryGet(id, out var open)
            ? open
            : throw new QueryFailureException(new QueryFailure(QueryFailure.TransactionNotFound, $"There is no open transaction '{id}'; it may have been committed, rolled back or expired."));

    private static string Require(string? statement) =>
        string.IsNullOrWhiteSpace(statement)
            ? throw new WireFormatException("The request needs a \"statement\", e.g. {\"statement\": \"MATCH (n) RETURN count(n)\"}.")
            : statement;

    private static async Task<string> BookmarkAsync(QueryApiServices services, HttpContext http) =>
        "TSR:" + await services.Backend.GetDataVersionAsync(http.RequestAborted);

    private static async Task HandleAsync(HttpContext http, string database, QueryApiServices services, Func<QueryRequest, CallerAccess, Task> action)
    {
        var caller = CallerAccess.Anonymous;
        try
        {
            if (!string.Equals(database, DatabaseName, StringComparison.OrdinalIgnoreCase))
            {
                throw new QueryFailureException(new QueryFailure(QueryFailure.DatabaseNotFound, $"Database '{database}' does not exist; this server has one database, '{DatabaseName}'."));
            }

            caller = services.Authenticator.Authenticate(http);
            if (caller == CallerAccess.Rejected)
            {
                http.Response.Headers.WWWAuthenticate = "Basic realm=\"TechSelfReliance\", Bearer";
                throw new QueryFailureException(new QueryFailure(QueryFailure.Unauthorized, "The credentials are not valid. Send the write token as 'Authorization: Bearer <token>' (or as the Basic auth password), or no credentials to read anonymously."));
            }

            var request = await QueryRequestReader.ReadAsync(http.Request, services.MaxRequestBodyBytes, http.RequestAborted);
            await action(request, caller);
        }
        catch (QueryFailureException failure)
        {
            await WriteFailureAsync(http, failure.Failure);
        }
        catch (WireFormatException error)
        {
            await WriteFailureAsync(http, QueryFailure.From(error));
        }
        catch (RequestTooLargeException error)
        {
            await WriteFailureAsync(http, new QueryFailure(QueryFailure.Invalid, error.Message), StatusCodes.Status413PayloadTooLarge);
        }
        catch (BadHttpRequestException error) when (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await WriteFailureAsync(http, new QueryFailure(QueryFailure.Invalid, error.Message), StatusCodes.Status413PayloadTooLarge);
        }
        catch (CypherException error) when (error.ErrorClass == CypherErrorClass.AccessMode && caller != CallerAccess.Writer)
        {
            var reason = services.Authenticator.WritesEnabled
                ? "Writing needs the operator's write token: send it as 'Authorization: Bearer <token>'. Anonymous callers may only read."
                : "Writes are off on this server: no write token is configured, so every caller may only read.";
            await WriteFailureAsync(http, new QueryFailure(QueryFailure.Forbidden, $"The statement was not run. {reason}"));
        }
        catch (CypherException error)
        {
            await WriteFailureAsync(http, QueryFailure.From(error));
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // the caller went away
        }
    }

    private static async Task WriteFailureAsync(HttpContext http, QueryFailure failure, int? status = null)
    {
        if (http.Response.HasStarted)
        {
            return;
        }

        http.Response.StatusCode = status ?? failure.Status;
        http.Response.ContentType = MediaTypes.Json;
        await using var writer = new Utf8JsonWriter(http.Response.Body);
        Neo4jErrorJson.Write(writer, failure.Code, failure.Message, failure.Line, failure.Column, failure.Offset);
    }
}
