namespace TechSelfReliance.Graph.Storage;

/// <summary>
/// Identity token of one writer's private version of the graph. A structure whose owner is the current
/// writer's token may be changed in place; any other structure is shared with published versions and is
/// copied before it is changed. Once a transaction commits or takes a savepoint it switches to a new token,
/// which freezes everything it built so far.
/// </summary>
internal sealed class TransientOwner
{
}
