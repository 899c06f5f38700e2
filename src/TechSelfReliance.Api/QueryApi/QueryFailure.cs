using TechSelfReliance.Backend.Wire;
using TechSelfReliance.Cypher.Errors;

namespace TechSelfReliance.Api.QueryApi;

/// <summary>A Query API error: Neo4j's code, a message (with the statement position where there is one) and the HTTP status.</summary>
public sealed record QueryFailure(string Code, string Message, int? Line = null, int? Column = null, int? Offset = null)
{
    public const string Forbidden = "Neo.ClientError.Security.Forbidden";
    public const string Unauthorized = "Neo.ClientError.Security.Unauthorized";
    public const string Invalid = "Neo.ClientError.Request.Invalid";
    public const string DatabaseNotFound = "Neo.ClientError.Database.DatabaseNotFound";
    public const string TransactionNotFound = "Neo.ClientError.Transaction.TransactionNotFound";

    public int Status => Hosting.Neo4jErrorJson.StatusFor(Code);

    public static QueryFailure From(CypherException error)
    {
        var message = error.Line is { } line && error.Column is { } column
            ? $"{error.Message} (line {line}, column {column} (offset: {error.Offset}))"
            : error.Message;
        return new QueryFailure(error.StatusCode, message, error.Line, error.Column, error.Offset);
    }

    public static QueryFailure From(WireFormatException error) => new(Invalid, error.Message);
}
