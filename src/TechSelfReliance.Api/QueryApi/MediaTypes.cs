namespace TechSelfReliance.Api.QueryApi;

/// <summary>The Query API's media types and how a request chooses between plain and typed JSON.</summary>
public static class MediaTypes
{
    public const string Typed = "application/vnd.neo4j.query";
    public const string TypedV11 = "application/vnd.neo4j.query.v1.1";
    public const string Json = "application/json";

    public static bool WantsTyped(HttpRequest request) =>
        request.Headers.Accept.Any(a => a is not null && a.Contains(Typed, StringComparison.OrdinalIgnoreCase));

    public static bool SendsTyped(HttpRequest request) =>
        request.ContentType?.StartsWith(Typed, StringComparison.OrdinalIgnoreCase) == true;
}
