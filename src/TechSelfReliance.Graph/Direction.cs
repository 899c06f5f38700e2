namespace TechSelfReliance.Graph;

/// <summary>Which relationships of a node to follow, seen from that node.</summary>
public enum Direction
{
    Outgoing,
    Incoming,
    Both,
}
