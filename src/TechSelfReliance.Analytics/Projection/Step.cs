namespace TechSelfReliance.Analytics.Projection;

/// <summary>One hop of a walk: the edge taken and whether it was followed along its arrow.</summary>
public readonly record struct Step(ProjectedEdge Edge, bool Forward)
{
    public int From => Forward ? Edge.Source : Edge.Target;

    public int To => Forward ? Edge.Target : Edge.Source;
}
