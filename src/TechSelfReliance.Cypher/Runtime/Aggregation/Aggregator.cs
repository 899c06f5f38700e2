using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Aggregation;

/// <summary>The running state of one aggregate function for one group.</summary>
internal abstract class Aggregator
{
    /// <summary>Adds one row's argument values (already evaluated).</summary>
    public abstract void Add(ReadOnlySpan<Value> arguments);

    public abstract Value Result();
}
