namespace TechSelfReliance.Cypher.Runtime.Writes;

/// <summary>One item of SET or REMOVE, compiled.</summary>
internal abstract record SetAction;

internal sealed record SetPropertyAction(Evaluator Target, TokenReference Key, Evaluator Value) : SetAction;

internal sealed record SetAllPropertiesAction(Evaluator Target, Evaluator Source, bool Merge) : SetAction;

internal sealed record SetLabelsAction(Evaluator Target, TokenReference[] Labels) : SetAction;

internal sealed record RemovePropertyAction(Evaluator Target, TokenReference Key) : SetAction;

internal sealed record RemoveLabelsAction(Evaluator Target, TokenReference[] Labels) : SetAction;
