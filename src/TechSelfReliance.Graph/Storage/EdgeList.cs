namespace TechSelfReliance.Graph.Storage;

/// <summary>A growable pair of parallel arrays: relationship ids and the node ids at their other ends.</summary>
internal struct EdgeList
{
    public int[] Relationships;
    public int[] Others;
    public int Count;

    public static EdgeList Empty => new() { Relationships = [], Others = [] };

    public static EdgeList From(ReadOnlySpan<int> relationships, ReadOnlySpan<int> others) =>
        new() { Relationships = relationships.ToArray(), Others = others.ToArray(), Count = relationships.Length };

    public readonly EdgeList Copy() => From(Relationships.AsSpan(0, Count), Others.AsSpan(0, Count));

    public void Add(int relationship, int other)
    {
        if (Count == Relationships.Length)
        {
            var capacity = Math.Max(4, Count * 2);
            Array.Resize(ref Relationships, capacity);
            Array.Resize(ref Others, capacity);
        }

        Relationships[Count] = relationship;
        Others[Count] = other;
        Count++;
    }

    public void Remove(int relationship)
    {
        var index = Array.IndexOf(Relationships, relationship, 0, Count);
        if (index < 0)
        {
            return;
        }

        Array.Copy(Relationships, index + 1, Relationships, index, Count - index - 1);
        Array.Copy(Others, index + 1, Others, index, Count - index - 1);
        Count--;
    }
}
