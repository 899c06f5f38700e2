using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using TechSelfReliance.Api.Hosting;

namespace TechSelfReliance.Api.Security;

/// <summary>
/// Refuses request bodies over the configured limit with 413 before anything reads them: by their declared
/// length, and through the server's own body limit for bodies sent without one. Thread-safe (stateless).
/// </summary>
public sealed class RequestSizeLimitMiddleware(RequestDelegate next, IOptions<SecurityOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            return ErrorResponses.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Neo.ClientError.Request.Invalid",
                "Request body too large", $"The request body is {context.Request.ContentLength} bytes; the limit is {limit} bytes.");
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        return next(context);
    }
}
