using TechSelfReliance.Api.Hosting;

var startup = StartupArguments.Parse(args);
if (startup.HealthProbeUrl is { } probeUrl)
{
    return await HealthProbe.RunAsync(probeUrl);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = startup.Remaining, WebRootPath = WebRootLocator.Locate() });
if (startup.Reseed)
{
    builder.Configuration["Graph:Reseed"] = "true";
}

builder.AddTechSelfReliance();
var app = builder.Build();
app.UseTechSelfReliance();
await app.RunAsync();
return 0;

/// <summary>The entry point, public so that tests can host the service with WebApplicationFactory.</summary>
public partial class Program;
