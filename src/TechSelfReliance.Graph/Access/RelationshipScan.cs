using TechSelfReliance.Graph.Storage;

namespace TechSelfReliance.Graph.Access;

/// <summary>Walks every relationship id of one version in ascending order.</summary>
public struct RelationshipScan
{
    private readonly ChunkedArray<RelationshipRecord> _table;
    private readonly int _limit;
    private int _next;

    internal RelationshipScan(ChunkedArray<RelationshipRecord> table, int limit)
    {
        _table = table;
        _limit = limit;
        _next = 0;
        Current = -1;
    }

    public int Current { get; private set; }

    public readonly RelationshipScan GetEnumerator() => this;

    public bool MoveNext()
    {
        while (_next < _limit)
        {
            var id = _next++;
            var items = _table.ChunkItems(id >> ChunkedArray<int>.Shift);
            if (items is null)
            {
                _next = (id | (ChunkedArray<int>.ChunkSize - 1)) + 1;
                continue;
            }

            if (items[id & (ChunkedArray<int>.ChunkSize - 1)].Exists)
            {
                Current = id;
                return true;
            }
        }

        return false;
    }
}
