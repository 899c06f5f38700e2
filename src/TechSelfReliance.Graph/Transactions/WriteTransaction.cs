using TechSelfReliance.Graph.Access;
using TechSelfReliance.Graph.Durability;
using TechSelfReliance.Graph.Schema;
using TechSelfReliance.Graph.Storage;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Transactions;

/// <summary>
/// The one write transaction the store allows at a time. It builds a private version of the graph that shares
/// everything unchanged with the version it started from, reads its own writes, and on commit logs its
/// operations, forces them to disk and publishes the new version in one step. Each operation validates its
/// input before changing anything, so a refused operation leaves the transaction as it was.
/// Not thread-safe: one caller drives a write transaction.
/// </summary>
public sealed partial class WriteTransaction : GraphView, IDisposable
{
    private readonly OperationWriter? _operations;
    private readonly HashSet<int> _constraintCandidates = [];
    private TransientOwner _owner = new();
    private readonly bool _holdsWriter;
    private bool _finished;

    internal WriteTransaction(GraphStore store, GraphState state, bool logged, bool holdsWriter = true)
        : base(store, state)
    {
        _operations = logged ? new OperationWriter() : null;
        _holdsWriter = holdsWriter;
    }

    /// <summary>True once this transaction has changed anything.</summary>
    public bool HasChanges { get; private set; }

    internal OperationWriter? Operations => _operations;

    public int GetOrCreateLabel(string name) => GetOrCreateToken(TokenKind.Label, name);

    public int GetOrCreateRelationshipType(string name) => GetOrCreateToken(TokenKind.RelationshipType, name);

    public int GetOrCreatePropertyKey(string name) => GetOrCreateToken(TokenKind.PropertyKey, name);

    public Savepoint CreateSavepoint()
    {
        EnsureOpen();
        var savepoint = new Savepoint(State, _operations?.Buffer.Length ?? 0, [.. _constraintCandidates], HasChanges);
        State.Freeze();
        _owner = new TransientOwner();
        return savepoint;
    }

    public void RollbackTo(Savepoint savepoint)
    {
        EnsureOpen();
        State = savepoint.State;
        _operations?.Buffer.Truncate(savepoint.OperationLength);
        _constraintCandidates.Clear();
        _constraintCandidates.UnionWith(savepoint.ConstraintCandidates);
        HasChanges = savepoint.HadChanges;
        _owner = new TransientOwner();
    }

    /// <summary>Checks constraints, logs and syncs the changes, and publishes them. On failure nothing is published.</summary>
    public void Commit()
    {
        EnsureOpen();
        try
        {
            CheckUniqueness();
            if (HasChanges)
            {
                Store.Publish(this, State);
            }
        }
        finally
        {
            Finish();
        }
    }

    public void Rollback()
    {
        if (!_finished)
        {
            Finish();
        }
    }

    public void Dispose() => Rollback();

    private int GetOrCreateToken(TokenKind kind, string name)
    {
        EnsureOpen();
        return Store.Tokens.GetOrCreate(kind, name);
    }

    private GraphState Change()
    {
        EnsureOpen();
        HasChanges = true;
        State = State.Mutable(_owner);
        return State;
    }

    private void EnsureOpen() => ObjectDisposedException.ThrowIf(_finished, this);

    private void Finish()
    {
        _finished = true;
        if (_holdsWriter)
        {
            Store.ReleaseWriter();
        }
    }

    private int RequireNode(long id)
    {
        EnsureOpen();
        return NodeExists(id)
            ? (int)id
            : throw new GraphStoreException(GraphErrorKind.EntityNotFound, $"Node {id} does not exist.");
    }

    private int RequireRelationship(long id)
    {
        EnsureOpen();
        return RelationshipExists(id)
            ? (int)id
            : throw new GraphStoreException(GraphErrorKind.EntityNotFound, $"Relationship {id} does not exist.");
    }

    private void RequireToken(TokenKind kind, int id)
    {
        if ((uint)id >= (uint)Store.Tokens.Count(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(id), id, $"No {kind} token has id {id}.");
        }
    }

    private static void RequireStorable(Value value, int key, TokenRegistry tokens)
    {
        if (StorableValues.Check(value) is { } problem)
        {
            throw new GraphStoreException(GraphErrorKind.InvalidPropertyValue,
                $"Property '{tokens.Name(TokenKind.PropertyKey, key)}' cannot be stored: {problem}.");
        }
    }
}
