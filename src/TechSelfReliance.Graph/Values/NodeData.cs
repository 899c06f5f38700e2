namespace TechSelfReliance.Graph.Values;

/// <summary>A node's content detached from any transaction, carried by node values in query results.</summary>
public sealed record NodeData(string ElementId, IReadOnlyList<string> Labels, MapValue Properties);
