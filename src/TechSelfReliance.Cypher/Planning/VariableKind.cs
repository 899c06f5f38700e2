namespace TechSelfReliance.Cypher.Planning;

/// <summary>What a variable is known to hold, for the type checks the compiler makes.</summary>
internal enum VariableKind
{
    Any,
    Node,
    Relationship,
    RelationshipList,
    Path,

    /// <summary>Known not to be a graph element (a number, string, list, map ...).</summary>
    Value,
}
