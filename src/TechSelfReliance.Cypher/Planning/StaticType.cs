namespace TechSelfReliance.Cypher.Planning;

/// <summary>What the compiler can tell about an expression's type from the text alone.</summary>
internal enum StaticType
{
    Unknown,
    Null,
    Boolean,
    Integer,
    Float,
    String,
    List,
    Map,
    Node,
    Relationship,
    Path,
}
