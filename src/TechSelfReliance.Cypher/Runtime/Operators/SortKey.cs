namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>One ORDER BY item, compiled.</summary>
internal sealed record SortKey(Evaluator Value, bool Descending);
