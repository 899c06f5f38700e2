namespace TechSelfReliance.Graph.Storage;

/// <summary>A (start label, type, end label) statistic key; -1 on a side means "any label".</summary>
public readonly record struct TripleKey(int StartLabel, int Type, int EndLabel);
