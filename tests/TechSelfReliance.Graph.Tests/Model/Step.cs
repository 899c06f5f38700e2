using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Tests.Model;

/// <summary>One random action. Picks are resolved against whatever exists when the step runs.</summary>
internal abstract record Step
{
    public sealed record CreateNode(int LabelMask, int Key, Value Value) : Step;

    public sealed record DeleteNode(int Pick, bool Detach) : Step;

    public sealed record SetNodeProperty(int Pick, int Key, Value Value) : Step;

    public sealed record RemoveNodeProperty(int Pick, int Key) : Step;

    public sealed record AddLabel(int Pick, int Label) : Step;

    public sealed record RemoveLabel(int Pick, int Label) : Step;

    public sealed record CreateRelationship(int StartPick, int EndPick, int Type, Value Value) : Step;

    public sealed record DeleteRelationship(int Pick) : Step;

    public sealed record SetRelationshipProperty(int Pick, int Key, Value Value) : Step;

    public sealed record CreateIndex(int Label, int Key) : Step;

    public sealed record DropIndex(int Label, int Key) : Step;

    public sealed record Commit : Step;

    public sealed record Rollback : Step;
}
