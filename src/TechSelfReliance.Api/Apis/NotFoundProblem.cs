using Microsoft.AspNetCore.Http.HttpResults;

namespace TechSelfReliance.Api.Apis;

/// <summary>The 404 problem every product endpoint returns for an id the graph does not have.</summary>
public static class NotFoundProblem
{
    public static ProblemHttpResult Node(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such node",
            detail: $"No node has the id '{id}'. Search for it with /api/search?q=…");
}
