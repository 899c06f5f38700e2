namespace TechSelfReliance.Analytics.Projection;

/// <summary>Which relationships a traversal may follow from a node: outgoing, incoming or both.</summary>
public enum TraversalDirection
{
    Both,
    Outgoing,
    Incoming,
}
