using System.Numerics;
using TechSelfReliance.Graph.Storage;

namespace TechSelfReliance.Graph.Indexing;

/// <summary>
/// A persistent set of non-negative ids kept in ascending order, built from 16-bit containers. Enumeration
/// costs the number of ids plus the number of containers. Published versions are immutable and safe for any
/// number of concurrent readers; a writer copies only the containers it changes.
/// </summary>
public sealed class IdSet
{
    private IdContainer[] _containers;
    private int _containerCount;
    private readonly TransientOwner? _owner;

    private IdSet(IdContainer[] containers, int containerCount, int count, TransientOwner? owner)
    {
        _containers = containers;
        _containerCount = containerCount;
        Count = count;
        _owner = owner;
    }

    public static IdSet Empty { get; } = new(Array.Empty<IdContainer>(), 0, 0, null);

    public int Count { get; private set; }

    internal static IdSet CreateEmpty(TransientOwner owner) => new(new IdContainer[1], 0, 0, owner);

    internal IdSet Mutable(TransientOwner owner) =>
        ReferenceEquals(_owner, owner) ? this : new IdSet((IdContainer[])_containers.Clone(), _containerCount, Count, owner);

    public bool Contains(int id)
    {
        var index = FindContainer((ushort)(id >> 16));
        return index >= 0 && _containers[index].Contains((ushort)id);
    }

    internal bool Add(int id)
    {
        var owner = _owner ?? throw new InvalidOperationException("This version of the set is published and cannot change.");
        var key = (ushort)(id >> 16);
        var index = FindContainer(key);
        if (index < 0)
        {
            index = ~index;
            if (_containerCount == _containers.Length)
            {
                Array.Resize(ref _containers, Math.Max(1, _containers.Length * 2));
            }

            Array.Copy(_containers, index, _containers, index + 1, _containerCount - index);
            _containers[index] = new IdContainer(key, owner);
            _containerCount++;
        }

        var container = _containers[index];
        if (!ReferenceEquals(container.Owner, owner))
        {
            container = container.CloneFor(owner);
            _containers[index] = container;
        }

        if (!container.Add((ushort)id))
        {
            return false;
        }

        Count++;
        return true;
    }

    internal bool Remove(int id)
    {
        var owner = _owner ?? throw new InvalidOperationException("This version of the set is published and cannot change.");
        var index = FindContainer((ushort)(id >> 16));
        if (index < 0 || !_containers[index].Contains((ushort)id))
        {
            return false;
        }

        var container = _containers[index];
        if (!ReferenceEquals(container.Owner, owner))
        {
            container = container.CloneFor(owner);
            _containers[index] = container;
        }

        container.Remove((ushort)id);
        Count--;
        if (container.Cardinality == 0)
        {
            Array.Copy(_containers, index + 1, _containers, index, _containerCount - index - 1);
            _containerCount--;
            _containers[_containerCount] = null!;
        }

        return true;
    }

    public Enumerator GetEnumerator() => new(_containers, _containerCount);

    public List<int> ToList()
    {
        var list = new List<int>(Count);
        foreach (var id in this)
        {
            list.Add(id);
        }

        return list;
    }

    private int FindContainer(ushort key)
    {
        int low = 0, high = _containerCount - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var midKey = _containers[mid].Key;
            if (midKey == key)
            {
                return mid;
            }

            if (midKey < key)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return ~low;
    }

    /// <summary>Walks the ids in ascending order without allocating.</summary>
    public struct Enumerator
    {
        private readonly IdContainer[] _containers;
        private readonly int _containerCount;
        private int _containerIndex;
        private int _position;
        private ulong _word;
        private int _high;

        internal Enumerator(IdContainer[] containers, int containerCount)
        {
            _containers = containers;
            _containerCount = containerCount;
            _containerIndex = -1;
            _position = 0;
            _word = 0;
            _high = 0;
            Current = 0;
            NextContainer();
        }

        public int Current { get; private set; }

        public bool MoveNext()
        {
            while (_containerIndex < _containerCount)
            {
                var container = _containers[_containerIndex];
                if (container.SortedArray is { } array)
                {
                    if (_position < container.Cardinality)
                    {
                        Current = _high | array[_position++];
                        return true;
                    }
                }
                else
                {
                    var bitmap = container.Bitmap!;
                    while (_word == 0 && _position < bitmap.Length)
                    {
                        _word = bitmap[_position++];
                    }

                    if (_word != 0)
                    {
                        var bit = BitOperations.TrailingZeroCount(_word);
                        _word &= _word - 1;
                        Current = _high | (((_position - 1) << 6) + bit);
                        return true;
                    }
                }

                NextContainer();
            }

            return false;
        }

        private void NextContainer()
        {
            _containerIndex++;
            _position = 0;
            _word = 0;
            if (_containerIndex < _containerCount)
            {
                _high = _containers[_containerIndex].Key << 16;
            }
        }
    }
}
