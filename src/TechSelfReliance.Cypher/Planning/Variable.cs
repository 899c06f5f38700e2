namespace TechSelfReliance.Cypher.Planning;

/// <summary>A variable in scope: its name, the row slot holding it, and what it is known to hold.</summary>
internal sealed record Variable(string Name, int Slot, VariableKind Kind, StaticType Type = StaticType.Unknown)
{
    /// <summary>Names the planner invents for anonymous pattern elements start with a space, so no query can name them.</summary>
    public bool IsAnonymous => Name.StartsWith(' ');
}
