using TechSelfReliance.Graph.Storage;

namespace TechSelfReliance.Graph.Transactions;

/// <summary>A point inside a write transaction to roll back to, e.g. to undo one failed statement.</summary>
public sealed class Savepoint
{
    internal Savepoint(GraphState state, int operationLength, int[] constraintCandidates, bool hadChanges)
    {
        State = state;
        OperationLength = operationLength;
        ConstraintCandidates = constraintCandidates;
        HadChanges = hadChanges;
    }

    internal GraphState State { get; }

    internal int OperationLength { get; }

    internal int[] ConstraintCandidates { get; }

    internal bool HadChanges { get; }
}
