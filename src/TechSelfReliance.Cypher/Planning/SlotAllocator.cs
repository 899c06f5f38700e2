namespace TechSelfReliance.Cypher.Planning;

/// <summary>Hands out row slots for one statement; every row of the statement has <see cref="Count"/> slots.</summary>
internal sealed class SlotAllocator
{
    public int Count { get; private set; }

    public int Allocate() => Count++;
}
