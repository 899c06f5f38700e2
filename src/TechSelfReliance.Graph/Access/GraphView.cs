using TechSelfReliance.Graph.Indexing;
using TechSelfReliance.Graph.Schema;
using TechSelfReliance.Graph.Storage;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Access;

/// <summary>
/// Read access to one consistent version of the graph. A read transaction's view never changes; a write
/// transaction's view shows its own changes as it makes them. Ids outside the store's range simply do not
/// exist. Thread-safety: a read transaction's view may be shared by threads; a write transaction's may not.
/// </summary>
public abstract class GraphView
{
    private protected GraphView(GraphStore store, GraphState state)
    {
        Store = store;
        State = state;
    }

    public GraphStore Store { get; }

    public TokenRegistry Tokens => Store.Tokens;

    public long NodeCount => State.NodeCount;

    public long RelationshipCount => State.RelationshipCount;

    /// <summary>The id of the last committed transaction this view contains.</summary>
    public long Version => State.LastTransactionId;

    /// <summary>One more than the largest node id ever used: the bound for dense per-node arrays.</summary>
    public int NodeIdLimit => State.NodeIdLimit;

    public int RelationshipIdLimit => State.RelationshipIdLimit;

    internal GraphState State { get; private protected set; }

    public bool NodeExists(long id) => Fits(id) && State.NodeExists((int)id);

    public bool RelationshipExists(long id) => Fits(id) && State.RelationshipExists((int)id);

    public LabelSet GetLabels(long node) => (Fits(node) ? State.NodeLabels((int)node) : null) ?? LabelSet.Empty;

    public bool HasLabel(long node, int label) => Fits(node) && State.NodeLabels((int)node) is { } labels && labels.Contains(label);

    public bool TryGetNodeProperty(long node, int key, out Value value)
    {
        if (Fits(node))
        {
            return State.TryGetNodeProperty((int)node, key, out value);
        }

        value = Value.Null;
        return false;
    }

    public Value GetNodeProperty(long node, int key) => TryGetNodeProperty(node, key, out var value) ? value : Value.Null;

    public IReadOnlyList<KeyValuePair<int, Value>> GetNodeProperties(long node) =>
        Fits(node) ? State.NodeProperties((int)node) : [];

    public bool TryGetRelationshipProperty(long relationship, int key, out Value value)
    {
        if (Fits(relationship))
        {
            return State.TryGetRelationshipProperty((int)relationship, key, out value);
        }

        value = Value.Null;
        return false;
    }

    public Value GetRelationshipProperty(long relationship, int key) =>
        TryGetRelationshipProperty(relationship, key, out var value) ? value : Value.Null;

    public IReadOnlyList<KeyValuePair<int, Value>> GetRelationshipProperties(long relationship) =>
        Fits(relationship) ? State.RelationshipProperties((int)relationship) : [];

    /// <summary>The type and endpoints of a relationship; <see cref="RelationshipRecord.Exists"/> is false for an unknown id.</summary>
    public RelationshipRecord GetRelationship(long id) => Fits(id) ? State.Relationship((int)id) : default;

    /// <summary>Relationships of a node; <paramref name="types"/> null means every type. Types must be distinct.</summary>
    public RelationshipCursor GetRelationships(long node, Direction direction, int[]? types = null) =>
        new(Fits(node) ? State.Adjacency((int)node) : null, (int)node, direction, types);

    /// <summary>The adjacency lists of a node as spans, for traversals that cannot afford a cursor per node.</summary>
    public AdjacencyView GetAdjacency(long node) => new(Fits(node) ? State.Adjacency((int)node) : null);

    public int Degree(long node, Direction direction, int[]? types = null)
    {
        var adjacency = GetAdjacency(node);
        if (types is null && direction != Direction.Both && adjacency.IsPacked)
        {
            return direction == Direction.Outgoing ? adjacency.TotalOutgoing : adjacency.TotalIncoming;
        }

        var degree = 0;
        for (var g = 0; g < adjacency.GroupCount; g++)
        {
            if (types is not null && Array.IndexOf(types, adjacency.GroupType(g)) < 0)
            {
                continue;
            }

            if (direction != Direction.Incoming)
            {
                degree += adjacency.OutgoingNodes(g).Length;
            }

            if (direction != Direction.Outgoing)
            {
                var incoming = adjacency.IncomingNodes(g);
                degree += incoming.Length;
                if (direction == Direction.Both)
                {
                    for (var i = 0; i < incoming.Length; i++)
                    {
                        if (incoming[i] == node)
                        {
                            degree--;
                        }
                    }
                }
            }
        }

        return degree;
    }

    public NodeScan AllNodes() => new(State.LabelTable, State.NodeIdLimit);

    public RelationshipScan AllRelationships() => new(State.RelationshipTable, State.RelationshipIdLimit);

    public IdSet NodesWithLabel(int label) => State.LabelMembers(label);

    public long CountNodesWithLabel(int label) => State.LabelMembers(label).Count;

    /// <summary>Relationships from a node with the start label, of the type, to a node with the end label; -1 means any.</summary>
    public long CountRelationships(int startLabel, int type, int endLabel)
    {
        if (type >= 0)
        {
            return State.TripleCount(startLabel, type, endLabel);
        }

        if (startLabel < 0 && endLabel < 0)
        {
            return State.RelationshipCount;
        }

        long total = 0;
        foreach (var (key, count) in State.Triples)
        {
            if (key.StartLabel == startLabel && key.EndLabel == endLabel)
            {
                total += count;
            }
        }

        return total;
    }

    public IReadOnlyDictionary<TripleKey, long> RelationshipStatistics => State.Triples;

    public IReadOnlyList<IndexDefinition> Indexes => State.Indexes;

    public IReadOnlyList<ConstraintDefinition> Constraints => State.Constraints;

    /// <summary>The index on (label, key), or null; use it for equality and range seeks.</summary>
    public PropertyIndexMap? FindIndex(int label, int key) => State.IndexData(label, key);

    public string NodeElementId(long id) => $"4:{Store.StoreId}:{id}";

    public string RelationshipElementId(long id) => $"5:{Store.StoreId}:{id}";

    /// <summary>Parses an element id of this store; returns false for ids of another store or of the other kind.</summary>
    public bool TryParseElementId(string elementId, bool node, out long id)
    {
        id = -1;
        var prefix = (node ? "4:" : "5:") + Store.StoreId + ":";
        return elementId.StartsWith(prefix, StringComparison.Ordinal)
            && long.TryParse(elementId.AsSpan(prefix.Length), System.Globalization.NumberStyles.None, null, out id);
    }

    private static bool Fits(long id) => (ulong)id <= int.MaxValue;
}
