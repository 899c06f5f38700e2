namespace TechSelfReliance.Cypher.Runtime;

/// <summary>What PROFILE measured for one operator: rows produced and time spent (including its inputs).</summary>
internal sealed class OperatorProfile
{
    public long Rows { get; set; }

    public long Ticks { get; set; }
}
