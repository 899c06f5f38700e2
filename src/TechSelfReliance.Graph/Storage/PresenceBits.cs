namespace TechSelfReliance.Graph.Storage;

/// <summary>Helpers for the bitmaps that mark which slots of a primitive chunk hold a value.</summary>
internal static class PresenceBits
{
    public static ulong[] Create() => new ulong[ChunkedArray<int>.ChunkSize / 64];

    public static bool Get(ulong[] bits, int slot) => (bits[slot >> 6] & (1UL << slot)) != 0;

    /// <summary>Sets the bit; returns true when it was clear.</summary>
    public static bool Set(ulong[] bits, int slot)
    {
        var mask = 1UL << slot;
        var was = bits[slot >> 6] & mask;
        bits[slot >> 6] |= mask;
        return was == 0;
    }

    /// <summary>Clears the bit; returns true when it was set.</summary>
    public static bool Clear(ulong[] bits, int slot)
    {
        var mask = 1UL << slot;
        var was = bits[slot >> 6] & mask;
        bits[slot >> 6] &= ~mask;
        return was != 0;
    }
}
