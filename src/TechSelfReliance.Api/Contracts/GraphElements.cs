namespace TechSelfReliance.Api.Contracts;

/// <summary>
/// Elements ready for Cytoscape.js (<c>cy.add(elements.nodes)</c>): each node and edge wraps its fields in
/// <c>data</c>. <see cref="More"/> counts, per node id, the neighbours left out at the limit.
/// </summary>
public sealed record GraphElements(IReadOnlyList<ElementNode> Nodes, IReadOnlyList<ElementEdge> Edges, IReadOnlyDictionary<string, int> More);

public sealed record ElementNode(ElementNodeData Data);

public sealed record ElementNodeData(string Id, string ElementId, string Label, string Kind, IReadOnlyList<string> Labels, string? Summary, int Degree, IReadOnlyDictionary<string, object?> Properties);

public sealed record ElementEdge(ElementEdgeData Data);

/// <summary>An edge's data: <c>source</c> and <c>target</c> are node ids (Cytoscape's names); <c>citation</c> says where the evidence comes from.</summary>
public sealed record ElementEdgeData(string Id, string Source, string Target, string Type, string? Evidence, string? Section, string? Citation, double Weight, IReadOnlyDictionary<string, object?> Properties);
