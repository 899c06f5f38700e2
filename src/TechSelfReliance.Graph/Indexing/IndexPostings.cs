namespace TechSelfReliance.Graph.Indexing;

/// <summary>
/// The ids an index holds for one key. Most keys of a typical index (ids, names) belong to one node, so a
/// single id is kept inline and only keys shared by several nodes pay for an <see cref="IdSet"/>.
/// </summary>
public readonly struct IndexPostings
{
    private readonly IdSet? _set;

    // the inline id plus one, so that the default value holds no id
    private readonly int _singlePlusOne;

    private IndexPostings(IdSet? set, int singlePlusOne)
    {
        _set = set;
        _singlePlusOne = singlePlusOne;
    }

    public static IndexPostings None => default;

    public int Count => _set?.Count ?? (_singlePlusOne > 0 ? 1 : 0);

    internal static IndexPostings Single(int id) => new(null, id + 1);

    internal static IndexPostings Many(IdSet set) => new(set, 0);

    /// <summary>The shared set, or null when there are no ids or just one.</summary>
    internal IdSet? Set => _set;

    /// <summary>The only id when there is exactly one kept inline; -1 otherwise.</summary>
    internal int SingleId => _singlePlusOne - 1;

    public bool Contains(int id) => _set?.Contains(id) ?? (_singlePlusOne > 0 && _singlePlusOne - 1 == id);

    public Enumerator GetEnumerator() => new(this);

    public List<int> ToList()
    {
        var list = new List<int>(Count);
        foreach (var id in this)
        {
            list.Add(id);
        }

        return list;
    }

    /// <summary>Walks the ids in ascending order without allocating.</summary>
    public struct Enumerator
    {
        private readonly int _single;
        private readonly bool _useSet;
        private IdSet.Enumerator _set;
        private bool _singleTaken;

        internal Enumerator(IndexPostings postings)
        {
            _useSet = postings._set is not null;
            _set = _useSet ? postings._set!.GetEnumerator() : default;
            _single = postings._singlePlusOne - 1;
            _singleTaken = _single < 0;
        }

        public readonly int Current => _useSet ? _set.Current : _single;

        public bool MoveNext()
        {
            if (_useSet)
            {
                return _set.MoveNext();
            }

            if (_singleTaken)
            {
                return false;
            }

            _singleTaken = true;
            return true;
        }
    }
}
