using System.Buffers.Binary;
using System.Text.RegularExpressions;

namespace TechSelfReliance.Cypher.Temporal;

/// <summary>
/// A zone's offsets up to its last recorded transition, to the second, read from its TZif file (RFC 8536).
/// .NET rounds offsets to whole minutes, but history is full of seconds (Berlin kept +00:53:28 until 1893),
/// and Cypher, like Java, keeps them. After the last transition the zone's rules continue and .NET's answer
/// (whole minutes, as every rule since has been) is used. Thread-safe: a history is immutable.
/// </summary>
internal sealed partial class ZoneHistory
{
    private const int HeaderLength = 44;

    private readonly long[] _transitions;
    private readonly int[] _offsetsAfter;
    private readonly int _initialOffset;

    private ZoneHistory(long[] transitions, int[] offsetsAfter, int initialOffset)
    {
        _transitions = transitions;
        _offsetsAfter = offsetsAfter;
        _initialOffset = initialOffset;
    }

    /// <summary>The offset in seconds at a UTC instant, if the instant lies before the last recorded transition.</summary>
    public bool TryOffsetAt(long utcEpochSecond, out int offset)
    {
        offset = 0;
        if (_transitions.Length == 0 || utcEpochSecond >= _transitions[^1])
        {
            return false;
        }

        var index = Array.BinarySearch(_transitions, utcEpochSecond);
        var last = index >= 0 ? index : ~index - 1;
        offset = last < 0 ? _initialOffset : _offsetsAfter[last];
        return true;
    }

    internal static ZoneHistory? Parse(ReadOnlySpan<byte> data)
    {
        if (data.Length < HeaderLength || !data[..4].SequenceEqual("TZif"u8) || data[4] < (byte)'2')
        {
            return null;
        }

        // the version 1 block (32-bit times) comes first; the 64-bit block after its own header is the one to read
        var (v1Times, v1Types, v1Chars, v1Leaps, v1Std, v1Ut) = Counts(data);
        var start = HeaderLength + (v1Times * 5) + (v1Types * 6) + v1Chars + (v1Leaps * 8) + v1Std + v1Ut;
        if (data.Length < start + HeaderLength || !data.Slice(start, 4).SequenceEqual("TZif"u8))
        {
            return null;
        }

        var (times, types, chars, leaps, std, ut) = Counts(data[start..]);
        var body = data[(start + HeaderLength)..];
        if (types == 0 || body.Length < (times * 9) + (types * 6) + chars + (leaps * 12) + std + ut)
        {
            return null;
        }

        var offsets = new int[types];
        for (var t = 0; t < types; t++)
        {
            offsets[t] = BinaryPrimitives.ReadInt32BigEndian(body[((times * 9) + (t * 6))..]);
        }

        var transitions = new long[times];
        var offsetsAfter = new int[times];
        for (var i = 0; i < times; i++)
        {
            transitions[i] = BinaryPrimitives.ReadInt64BigEndian(body[(i * 8)..]);
            var type = body[(times * 8) + i];
            if (type >= types)
            {
                return null;
            }

            offsetsAfter[i] = offsets[type];
        }

        return new ZoneHistory(transitions, offsetsAfter, offsets[0]);
    }

    private static (int Times, int Types, int Chars, int Leaps, int Std, int Ut) Counts(ReadOnlySpan<byte> header)
    {
        return (Count(header, 3), Count(header, 4), Count(header, 5), Count(header, 2), Count(header, 1), Count(header, 0));
    }

    // the six counts follow the magic, version and 15 reserved bytes: isut, isstd, leap, time, type, char
    private static int Count(ReadOnlySpan<byte> header, int field) =>
        (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(header[(20 + (field * 4))..]), 1_000_000);

    /// <summary>The history of a system zone, or null when its file cannot be read as TZif.</summary>
    public static ZoneHistory? Load(string zoneId)
    {
        // the id comes from a query: only plain zone names, never a path out of the zone directory
        if (!ZoneName().IsMatch(zoneId))
        {
            return null;
        }

        try
        {
            var path = Path.Combine(FoldedZones.ZoneDirectory(), zoneId);
            var file = new FileInfo(path);
            return file.Exists && file.Length < 1 << 20 ? Parse(File.ReadAllBytes(path)) : null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9][A-Za-z0-9_+-]*)*$")]
    private static partial Regex ZoneName();
}
