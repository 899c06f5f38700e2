using TechSelfReliance.Graph.Storage;

namespace TechSelfReliance.Graph.Access;

/// <summary>Walks every node id of one version in ascending order, chunk by chunk.</summary>
public struct NodeScan
{
    private readonly ChunkedArray<LabelSet?> _table;
    private readonly int _limit;
    private LabelSet?[]? _items;
    private int _next;

    internal NodeScan(ChunkedArray<LabelSet?> table, int limit)
    {
        _table = table;
        _limit = limit;
        _items = null;
        _next = 0;
        Current = -1;
    }

    public int Current { get; private set; }

    public readonly NodeScan GetEnumerator() => this;

    public bool MoveNext()
    {
        while (_next < _limit)
        {
            var id = _next++;
            var slot = id & (ChunkedArray<int>.ChunkSize - 1);
            if (slot == 0 || _items is null)
            {
                _items = _table.ChunkItems(id >> ChunkedArray<int>.Shift);
                if (_items is null)
                {
                    _next = (id | (ChunkedArray<int>.ChunkSize - 1)) + 1;
                    continue;
                }
            }

            if (_items[slot] is not null)
            {
                Current = id;
                return true;
            }
        }

        return false;
    }
}
