using TechSelfReliance.Analytics.Influence;
using TechSelfReliance.Analytics.Projection;
using TechSelfReliance.Api.Contracts;
using TechSelfReliance.Backend;

namespace TechSelfReliance.Api.Apis;

/// <summary>What the product API handlers need, bundled for [AsParameters]. All members are thread-safe.</summary>
public sealed record AnalyticsServices(IGraphBackend Backend, ProjectionCache Projections, ElementMapper Mapper, InfluenceRanker Influence, CentralityCache Centrality);
