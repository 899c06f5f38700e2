using TechSelfReliance.Graph.Indexing;
using TechSelfReliance.Graph.Schema;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Storage;

/// <summary>
/// One version of the whole graph: nodes, relationships, properties, label sets, indexes and statistics.
/// A version without an owner is published and immutable, so any number of readers may use it without locks.
/// A writer calls <see cref="Mutable"/> to get its own version, which shares every structure it has not yet
/// changed with the version it came from. Not thread-safe while owned by a writer.
/// </summary>
internal sealed partial class GraphState
{
    private ChunkedArray<LabelSet?> _labels;
    private ChunkedArray<object?> _adjacency;
    private HashSet<int>? _unpackedAdjacency;
    private ChunkedArray<RelationshipRecord> _relationships;
    private PropertyColumn?[] _nodeColumns;
    private PropertyColumn?[] _relationshipColumns;
    private IdSet?[] _labelMembers;
    private Dictionary<TripleKey, long> _triples;
    private IndexDefinition[] _indexes;
    private Dictionary<(int Label, int Key), PropertyIndexMap> _indexData;
    private ConstraintDefinition[] _constraints;
    private bool _ownsNodeColumns;
    private bool _ownsRelationshipColumns;
    private bool _ownsLabelMembers;
    private bool _ownsTriples;
    private bool _ownsIndexData;

    private GraphState()
    {
        _labels = ChunkedArray<LabelSet?>.Empty;
        _adjacency = ChunkedArray<object?>.Empty;
        _relationships = ChunkedArray<RelationshipRecord>.Empty;
        _nodeColumns = [];
        _relationshipColumns = [];
        _labelMembers = [];
        _triples = [];
        _indexes = [];
        _indexData = [];
        _constraints = [];
    }

    public static GraphState Empty { get; } = new();

    public TransientOwner? Owner { get; private set; }

    /// <summary>The id of the last transaction whose changes this version contains.</summary>
    public long LastTransactionId { get; set; }

    public int NodeCount { get; private set; }

    public int RelationshipCount { get; private set; }

    /// <summary>One more than the largest node id this version has seen; scans stop here.</summary>
    public int NodeIdLimit { get; private set; }

    public int RelationshipIdLimit { get; private set; }

    public long NextSchemaId { get; set; } = 1;

    public IReadOnlyList<IndexDefinition> Indexes => _indexes;

    public IReadOnlyList<ConstraintDefinition> Constraints => _constraints;

    public IReadOnlyDictionary<TripleKey, long> Triples => _triples;

    public GraphState Mutable(TransientOwner owner)
    {
        if (ReferenceEquals(Owner, owner))
        {
            return this;
        }

        var copy = (GraphState)MemberwiseClone();
        copy.Owner = owner;
        copy._ownsNodeColumns = false;
        copy._ownsRelationshipColumns = false;
        copy._ownsLabelMembers = false;
        copy._ownsTriples = false;
        copy._ownsIndexData = false;
        copy._unpackedAdjacency = null;
        return copy;
    }

    /// <summary>Keeps ids that were used and deleted before a checkpoint from being handed out again.</summary>
    public void RaiseIdLimits(int nodeIdLimit, int relationshipIdLimit)
    {
        RequireOwner();
        NodeIdLimit = Math.Max(NodeIdLimit, nodeIdLimit);
        RelationshipIdLimit = Math.Max(RelationshipIdLimit, relationshipIdLimit);
    }

    /// <summary>Publishes this version: no writer may change it any more.</summary>
    public void Freeze()
    {
        if (_unpackedAdjacency is not null)
        {
            foreach (var node in _unpackedAdjacency)
            {
                if (_adjacency.Get(node) is NodeAdjacency adjacency)
                {
                    _adjacency.Set(node, adjacency.Pack());
                }
            }

            _unpackedAdjacency = null;
        }

        Owner = null;
    }

    private TransientOwner RequireOwner() =>
        Owner ?? throw new InvalidOperationException("A published version of the graph cannot change.");
}
