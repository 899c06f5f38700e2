namespace TechSelfReliance.Backend.Tests;

/// <summary>The contract on the embedded backend, in process.</summary>
public sealed class EmbeddedBackendContract(EmbeddedTarget target) : BackendContract<EmbeddedTarget>(target);

/// <summary>The contract on the Neo4j backend, against our own server's Query API on a loopback port.</summary>
public sealed class Neo4jBackendOnOwnServerContract(OwnServerTarget target) : BackendContract<OwnServerTarget>(target);

/// <summary>The contract on the Neo4j backend, against a real Neo4j 5 (skipped, with the reason, when none is reachable).</summary>
public sealed class Neo4jBackendOnRealNeo4jContract(RealNeo4jTarget target) : BackendContract<RealNeo4jTarget>(target);
