namespace TechSelfReliance.Cypher.Tck.Expectations;

/// <summary>A value as the TCK writes it in tables: primitives, containers and graph elements.</summary>
internal abstract record TckValue
{
    public sealed record Null : TckValue;

    public sealed record Boolean(bool Value) : TckValue;

    public sealed record Integer(long Value) : TckValue;

    public sealed record Float(double Value) : TckValue;

    public sealed record String(string Value) : TckValue;

    public sealed record List(IReadOnlyList<TckValue> Items) : TckValue;

    public sealed record Map(IReadOnlyDictionary<string, TckValue> Entries) : TckValue;

    public sealed record Node(IReadOnlyList<string> Labels, IReadOnlyDictionary<string, TckValue> Properties) : TckValue;

    public sealed record Relationship(string Type, IReadOnlyDictionary<string, TckValue> Properties) : TckValue;

    /// <summary>Nodes n0..nk and relationships r1..rk; Forward[i] says r(i+1) points from n(i) to n(i+1).</summary>
    public sealed record Path(IReadOnlyList<Node> Nodes, IReadOnlyList<Relationship> Relationships, IReadOnlyList<bool> Forward) : TckValue;
}
