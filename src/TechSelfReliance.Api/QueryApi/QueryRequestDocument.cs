using System.Text.Json;

namespace TechSelfReliance.Api.QueryApi;

/// <summary>The request body as the OpenAPI document describes it.</summary>
public sealed record QueryRequestDocument(string Statement, Dictionary<string, JsonElement>? Parameters, bool? IncludeCounters, string? AccessMode);
