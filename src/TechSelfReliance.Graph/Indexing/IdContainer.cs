using System.Numerics;
using TechSelfReliance.Graph.Storage;

namespace TechSelfReliance.Graph.Indexing;

/// <summary>
/// The ids of an <see cref="IdSet"/> that share their high 16 bits: a sorted <c>ushort[]</c> while sparse,
/// a 65,536-bit bitmap once dense (the layout of roaring bitmaps).
/// </summary>
internal sealed class IdContainer
{
    private const int ArrayLimit = 4096;
    private ushort[]? _array;
    private ulong[]? _bitmap;

    public IdContainer(ushort key, TransientOwner? owner)
    {
        Key = key;
        Owner = owner;
        _array = new ushort[4];
    }

    private IdContainer(ushort key, TransientOwner? owner, ushort[]? array, ulong[]? bitmap, int cardinality)
    {
        Key = key;
        Owner = owner;
        _array = array;
        _bitmap = bitmap;
        Cardinality = cardinality;
    }

    public ushort Key { get; }

    public TransientOwner? Owner { get; }

    public int Cardinality { get; private set; }

    public ushort[]? SortedArray => _array;

    public ulong[]? Bitmap => _bitmap;

    public IdContainer CloneFor(TransientOwner owner) =>
        new(Key, owner, (ushort[]?)_array?.Clone(), (ulong[]?)_bitmap?.Clone(), Cardinality);

    public bool Contains(ushort low) => _bitmap is not null
        ? (_bitmap[low >> 6] & (1UL << low)) != 0
        : _array.AsSpan(0, Cardinality).BinarySearch(low) >= 0;

    public bool Add(ushort low)
    {
        if (_bitmap is not null)
        {
            var mask = 1UL << low;
            if ((_bitmap[low >> 6] & mask) != 0)
            {
                return false;
            }

            _bitmap[low >> 6] |= mask;
            Cardinality++;
            return true;
        }

        var position = _array.AsSpan(0, Cardinality).BinarySearch(low);
        if (position >= 0)
        {
            return false;
        }

        position = ~position;
        if (Cardinality == ArrayLimit)
        {
            ConvertToBitmap();
            return Add(low);
        }

        if (Cardinality == _array!.Length)
        {
            Array.Resize(ref _array, Math.Min(ArrayLimit, _array.Length * 2));
        }

        Array.Copy(_array, position, _array, position + 1, Cardinality - position);
        _array[position] = low;
        Cardinality++;
        return true;
    }

    public bool Remove(ushort low)
    {
        if (_bitmap is not null)
        {
            var mask = 1UL << low;
            if ((_bitmap[low >> 6] & mask) == 0)
            {
                return false;
            }

            _bitmap[low >> 6] &= ~mask;
            Cardinality--;
            if (Cardinality < ArrayLimit / 2)
            {
                ConvertToArray();
            }

            return true;
        }

        var position = _array.AsSpan(0, Cardinality).BinarySearch(low);
        if (position < 0)
        {
            return false;
        }

        Array.Copy(_array!, position + 1, _array!, position, Cardinality - position - 1);
        Cardinality--;
        return true;
    }

    private void ConvertToBitmap()
    {
        var bitmap = new ulong[1024];
        for (var i = 0; i < Cardinality; i++)
        {
            var low = _array![i];
            bitmap[low >> 6] |= 1UL << low;
        }

        _bitmap = bitmap;
        _array = null;
    }

    private void ConvertToArray()
    {
        var array = new ushort[Math.Max(4, Cardinality)];
        var count = 0;
        for (var word = 0; word < _bitmap!.Length; word++)
        {
            var bits = _bitmap[word];
            while (bits != 0)
            {
                var bit = BitOperations.TrailingZeroCount(bits);
                array[count++] = (ushort)((word << 6) + bit);
                bits &= bits - 1;
            }
        }

        _array = array;
        _bitmap = null;
    }
}
