namespace TechSelfReliance.Graph.Schema;

/// <summary>The three name spaces of the store, each mapping names to dense ids.</summary>
public enum TokenKind : byte
{
    Label,
    RelationshipType,
    PropertyKey,
}
