using TechSelfReliance.Cypher.Runtime.Operators;

namespace TechSelfReliance.Cypher.Planning;

/// <summary>
/// A planned statement, ready to run any number of times (concurrently): the operator tree, the result
/// columns, the row width, and what the statement needs (write access, parameters).
/// </summary>
internal sealed record CompiledQuery(
    Operator Root,
    IReadOnlyList<string> Columns,
    int SlotCount,
    bool Writes,
    string[] Parameters)
{
    /// <summary>Whether the whole plan yields at most one row, so it runs without iterators (see <see cref="Operator.SingleRow"/>).</summary>
    public bool SingleRow { get; } = Root.SingleRow;
}
