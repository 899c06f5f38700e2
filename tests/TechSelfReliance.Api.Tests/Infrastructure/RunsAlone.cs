namespace TechSelfReliance.Api.Tests.Infrastructure;

/// <summary>Tests that measure latency run in this collection, with no other test running beside them.</summary>
[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone;
