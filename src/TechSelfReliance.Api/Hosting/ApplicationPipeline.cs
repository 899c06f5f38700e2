using Microsoft.AspNetCore.StaticFiles;
using Scalar.AspNetCore;
using TechSelfReliance.Api.Apis;
using TechSelfReliance.Api.QueryApi;
using TechSelfReliance.Api.Security;

namespace TechSelfReliance.Api.Hosting;

/// <summary>The request pipeline, outermost first: errors, security headers, CORS, body limit, rate limit, static files, endpoints.</summary>
public static class ApplicationPipeline
{
    public static WebApplication UseTechSelfReliance(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseCors(ServiceRegistration.CorsPolicy);
        app.UseMiddleware<RequestSizeLimitMiddleware>();
        app.UseRateLimiter();

        var contentTypes = new FileExtensionContentTypeProvider();
        contentTypes.Mappings[".mjs"] = "text/javascript";
        app.UseStaticFiles(new StaticFileOptions { ContentTypeProvider = contentTypes });

        app.MapOpenApi();
        app.MapScalarApiReference(options => options.WithTitle("TechSelfReliance API"));
        app.MapDiscoveryApi();
        app.MapHealthApi();
        app.MapQueryApi();
        app.MapGraphApi();
        app.MapPathsApi();
        app.MapInfluenceApi();
        app.MapCentralityApi();
        app.MapExportApi();
        return app;
    }
}
