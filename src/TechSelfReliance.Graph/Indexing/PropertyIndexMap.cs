using TechSelfReliance.Graph.Storage;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Indexing;

/// <summary>
/// The data of one property index: a persistent sorted map from property value to the ids holding it,
/// laid out as a directory of small sorted leaves (a two-level B+tree). A writer copies the directory and
/// only the leaves and postings it changes; published versions are safe for concurrent readers.
/// </summary>
public sealed class PropertyIndexMap
{
    private const int LeafCapacity = 128;
    private Leaf[] _leaves;
    private int _leafCount;
    private readonly TransientOwner? _owner;

    private PropertyIndexMap(Leaf[] leaves, int leafCount, int distinctKeys, long entryCount, TransientOwner? owner)
    {
        _leaves = leaves;
        _leafCount = leafCount;
        DistinctKeys = distinctKeys;
        EntryCount = entryCount;
        _owner = owner;
    }

    public int DistinctKeys { get; private set; }

    public long EntryCount { get; private set; }

    /// <summary>Fraction of entries with distinct values: 1.0 means every value is unique.</summary>
    public double Selectivity => EntryCount == 0 ? 1.0 : (double)DistinctKeys / EntryCount;

    internal static PropertyIndexMap CreateEmpty(TransientOwner owner) => new(new Leaf[1], 0, 0, 0, owner);

    internal PropertyIndexMap Mutable(TransientOwner owner) =>
        ReferenceEquals(_owner, owner) ? this : new PropertyIndexMap((Leaf[])_leaves.Clone(), _leafCount, DistinctKeys, EntryCount, owner);

    public IndexPostings Get(Value key)
    {
        if (_leafCount == 0 || (key.Kind == ValueKind.Float && double.IsNaN(key.AsFloat())))
        {
            return IndexPostings.None;
        }

        var leaf = _leaves[LocateLeaf(key)];
        var position = leaf.Find(key);
        return position >= 0 ? leaf.Postings[position] : IndexPostings.None;
    }

    /// <summary>
    /// The postings of every key between the bounds, in key order, restricted to the comparison group of the
    /// given bound(s): a range over numbers never yields strings. At least one bound must be given.
    /// </summary>
    public IEnumerable<(Value Key, IndexPostings Ids)> Range(Value? lower, bool lowerInclusive, Value? upper, bool upperInclusive)
    {
        var reference = lower ?? upper ?? throw new ArgumentException("A range needs at least one bound.", nameof(lower));
        var group = IndexKeyComparer.Group(reference);
        if (lower is { } l && upper is { } u && IndexKeyComparer.Group(u) != IndexKeyComparer.Group(l))
        {
            yield break;
        }

        var comparer = IndexKeyComparer.Instance;
        var leafIndex = lower is { } start ? LocateLeaf(start) : 0;
        for (; leafIndex < _leafCount; leafIndex++)
        {
            var leaf = _leaves[leafIndex];
            for (var i = 0; i < leaf.Count; i++)
            {
                var key = leaf.Keys[i];
                var keyGroup = IndexKeyComparer.Group(key);
                if (keyGroup < group)
                {
                    continue;
                }

                if (keyGroup > group)
                {
                    yield break;
                }

                if (lower is { } lo)
                {
                    var c = comparer.Compare(key, lo);
                    if (c < 0 || (c == 0 && !lowerInclusive))
                    {
                        continue;
                    }
                }

                if (upper is { } hi)
                {
                    var c = comparer.Compare(key, hi);
                    if (c > 0 || (c == 0 && !upperInclusive))
                    {
                        yield break;
                    }
                }

                yield return (key, leaf.Postings[i]);
            }
        }
    }

    /// <summary>Every key with its postings, in key order.</summary>
    public IEnumerable<(Value Key, IndexPostings Ids)> All()
    {
        for (var leafIndex = 0; leafIndex < _leafCount; leafIndex++)
        {
            var leaf = _leaves[leafIndex];
            for (var i = 0; i < leaf.Count; i++)
            {
                yield return (leaf.Keys[i], leaf.Postings[i]);
            }
        }
    }

    internal void Add(Value key, int id)
    {
        var owner = RequireOwner();
        if (_leafCount == 0)
        {
            _leaves[0] = new Leaf(owner);
            _leafCount = 1;
        }

        var leafIndex = LocateLeaf(key);
        var leaf = MutableLeaf(leafIndex, owner);
        var position = leaf.Find(key);
        if (position < 0)
        {
            leaf.Insert(~position, key, IndexPostings.Single(id));
            DistinctKeys++;
            EntryCount++;
        }
        else if (AddToPostings(ref leaf.Postings[position], id, owner))
        {
            EntryCount++;
        }

        if (leaf.Count > LeafCapacity)
        {
            Split(leafIndex, owner);
        }
    }

    internal void Remove(Value key, int id)
    {
        var owner = RequireOwner();
        if (_leafCount == 0)
        {
            return;
        }

        var leafIndex = LocateLeaf(key);
        var position = _leaves[leafIndex].Find(key);
        if (position < 0 || !_leaves[leafIndex].Postings[position].Contains(id))
        {
            return;
        }

        var leaf = MutableLeaf(leafIndex, owner);
        EntryCount--;
        if (RemoveFromPostings(ref leaf.Postings[position], id, owner))
        {
            return;
        }

        leaf.RemoveAt(position);
        DistinctKeys--;
        if (leaf.Count == 0 && _leafCount > 1)
        {
            Array.Copy(_leaves, leafIndex + 1, _leaves, leafIndex, _leafCount - leafIndex - 1);
            _leafCount--;
            _leaves[_leafCount] = null!;
        }
    }

    private static bool AddToPostings(ref IndexPostings postings, int id, TransientOwner owner)
    {
        if (postings.Set is { } shared)
        {
            var set = shared.Mutable(owner);
            postings = IndexPostings.Many(set);
            return set.Add(id);
        }

        if (postings.SingleId == id)
        {
            return false;
        }

        var grown = IdSet.CreateEmpty(owner);
        grown.Add(postings.SingleId);
        grown.Add(id);
        postings = IndexPostings.Many(grown);
        return true;
    }

    /// <summary>Removes an id the postings hold; false when none is left.</summary>
    private static bool RemoveFromPostings(ref IndexPostings postings, int id, TransientOwner owner)
    {
        if (postings.Set is not { } shared)
        {
            return false;
        }

        var set = shared.Mutable(owner);
        set.Remove(id);
        if (set.Count == 1)
        {
            foreach (var only in set)
            {
                postings = IndexPostings.Single(only);
            }
        }
        else
        {
            postings = IndexPostings.Many(set);
        }

        return true;
    }

    private TransientOwner RequireOwner() =>
        _owner ?? throw new InvalidOperationException("This version of the index is published and cannot change.");

    /// <summary>The last leaf whose first key is not greater than the key (leaf 0 when none).</summary>
    private int LocateLeaf(Value key)
    {
        var comparer = IndexKeyComparer.Instance;
        int low = 1, high = _leafCount - 1, result = 0;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            if (comparer.Compare(_leaves[mid].Keys[0], key) <= 0)
            {
                result = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return result;
    }

    private Leaf MutableLeaf(int index, TransientOwner owner)
    {
        var leaf = _leaves[index];
        if (!ReferenceEquals(leaf.Owner, owner))
        {
            leaf = leaf.CloneFor(owner);
            _leaves[index] = leaf;
        }

        return leaf;
    }

    private void Split(int index, TransientOwner owner)
    {
        var leaf = _leaves[index];
        var right = leaf.SplitUpperHalf(owner, LeafCapacity + 1);
        if (_leafCount == _leaves.Length)
        {
            Array.Resize(ref _leaves, _leaves.Length * 2);
        }

        Array.Copy(_leaves, index + 1, _leaves, index + 2, _leafCount - index - 1);
        _leaves[index + 1] = right;
        _leafCount++;
    }

    private sealed class Leaf
    {
        public Leaf(TransientOwner owner)
            : this(owner, new Value[8], new IndexPostings[8], 0)
        {
        }

        private Leaf(TransientOwner? owner, Value[] keys, IndexPostings[] postings, int count)
        {
            Owner = owner;
            Keys = keys;
            Postings = postings;
            Count = count;
        }

        public TransientOwner? Owner { get; }

        public Value[] Keys { get; private set; }

        public IndexPostings[] Postings { get; private set; }

        public int Count { get; private set; }

        public Leaf CloneFor(TransientOwner owner) => new(owner, (Value[])Keys.Clone(), (IndexPostings[])Postings.Clone(), Count);

        public int Find(Value key)
        {
            var comparer = IndexKeyComparer.Instance;
            int low = 0, high = Count - 1;
            while (low <= high)
            {
                var mid = (low + high) >>> 1;
                var c = comparer.Compare(Keys[mid], key);
                if (c == 0)
                {
                    return mid;
                }

                if (c < 0)
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

        public void Insert(int position, Value key, IndexPostings postings)
        {
            if (Count == Keys.Length)
            {
                var keys = Keys;
                var lists = Postings;
                Array.Resize(ref keys, Keys.Length * 2);
                Array.Resize(ref lists, Postings.Length * 2);
                Keys = keys;
                Postings = lists;
            }

            Array.Copy(Keys, position, Keys, position + 1, Count - position);
            Array.Copy(Postings, position, Postings, position + 1, Count - position);
            Keys[position] = key;
            Postings[position] = postings;
            Count++;
        }

        public void RemoveAt(int position)
        {
            Array.Copy(Keys, position + 1, Keys, position, Count - position - 1);
            Array.Copy(Postings, position + 1, Postings, position, Count - position - 1);
            Count--;
            Keys[Count] = Value.Null;
            Postings[Count] = default;
        }

        /// <summary>Moves the upper half into a new leaf; both halves keep room to grow to a full leaf without copying twice.</summary>
        public Leaf SplitUpperHalf(TransientOwner owner, int capacity)
        {
            var half = Count / 2;
            var moved = Count - half;
            var keys = new Value[capacity];
            var postings = new IndexPostings[capacity];
            Array.Copy(Keys, half, keys, 0, moved);
            Array.Copy(Postings, half, postings, 0, moved);
            Keys = Keys[..capacity];
            Postings = Postings[..capacity];
            Array.Clear(Keys, half, capacity - half);
            Array.Clear(Postings, half, capacity - half);
            Count = half;
            return new Leaf(owner, keys, postings, moved);
        }
    }
}
