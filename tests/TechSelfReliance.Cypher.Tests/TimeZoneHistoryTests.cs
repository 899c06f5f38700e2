using System.Buffers.Binary;
using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Cypher.Temporal;

namespace TechSelfReliance.Cypher.Tests;

/// <summary>Named zones answer as Java's data does: folded zones by the zone they fold into, history to the second.</summary>
public sealed class TimeZoneHistoryTests
{
    [Theory]
    [InlineData("Europe/Stockholm", "Europe/Berlin")]
    [InlineData("Europe/Amsterdam", "Europe/Brussels")]
    [InlineData("America/Atikokan", "America/Panama")]
    [InlineData("Asia/Kuala_Lumpur", "Asia/Singapore")]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    [InlineData("America/New_York", "America/New_York")]
    [InlineData("Not/AZone", "Not/AZone")]
    public void A_folded_zone_takes_the_rules_of_the_zone_it_folds_into(string zone, string rules)
    {
        Assert.Equal(rules, FoldedZones.RulesFor(zone));
    }

    [Fact]
    public void A_history_gives_the_offset_in_force_to_the_second_until_its_last_transition()
    {
        var history = ZoneHistory.Parse(TzifFile([(-1000, 3600), (5000, 7200)], initial: 3208))!;

        Assert.True(history.TryOffsetAt(-5000, out var before));
        Assert.True(history.TryOffsetAt(-1000, out var atFirst));
        Assert.True(history.TryOffsetAt(4999, out var between));
        Assert.False(history.TryOffsetAt(5000, out _));
        Assert.Equal(3208, before);
        Assert.Equal(3600, atFirst);
        Assert.Equal(3600, between);
    }

    [Fact]
    public void A_damaged_file_is_no_history()
    {
        var file = TzifFile([(-1000, 3600), (5000, 7200)], initial: 3208);

        for (var length = 0; length < file.Length - 2; length++)
        {
            Assert.Null(ZoneHistory.Parse(file.AsSpan(0, length)));
        }

        var wrongMagic = (byte[])file.Clone();
        wrongMagic[0] = (byte)'X';
        Assert.Null(ZoneHistory.Parse(wrongMagic));
    }

    [Theory]
    [InlineData("datetime('1818-07-21T21:40:32.142[Europe/Berlin]')", "1818-07-21T21:40:32.142+00:53:28[Europe/Berlin]")]
    [InlineData("datetime('1818-07-21T21:40:32.142[Europe/Stockholm]')", "1818-07-21T21:40:32.142+00:53:28[Europe/Stockholm]")]
    [InlineData("datetime('1900-01-01T12:00[Africa/Monrovia]')", "1900-01-01T12:00-00:43:08[Africa/Monrovia]")]
    [InlineData("datetime('2017-03-26T02:30[Europe/Stockholm]')", "2017-03-26T03:30+02:00[Europe/Stockholm]")]
    [InlineData("datetime('2017-10-29T02:30[Europe/Stockholm]')", "2017-10-29T02:30+02:00[Europe/Stockholm]")]
    [InlineData("datetime('2017-10-29T03:30[Europe/Stockholm]')", "2017-10-29T03:30+01:00[Europe/Stockholm]")]
    public void Named_zones_resolve_history_gaps_and_overlaps_as_Java_does(string expression, string expected)
    {
        using var fixture = new EngineFixture();

        Assert.Equal(expected, fixture.Scalar($"RETURN toString({expression})").AsString());
    }

    [Theory]
    [InlineData("../../../../etc/passwd")]
    [InlineData("/etc/hostname")]
    [InlineData("Europe/../../../etc/passwd")]
    public void A_zone_name_that_is_a_path_is_an_invalid_argument(string zone)
    {
        using var fixture = new EngineFixture();

        var error = Assert.Throws<CypherException>(() => fixture.Run("RETURN datetime({year: 1900, timezone: $zone})", new { zone }));
        Assert.Equal(CypherErrorClass.ArgumentError, error.ErrorClass);
    }

    /// <summary>A version 2 TZif file: an empty version 1 block, then the 64-bit transitions and their offsets.</summary>
    private static byte[] TzifFile((long At, int Offset)[] transitions, int initial)
    {
        var bytes = new List<byte>();
        void Header(int times, int types, int chars)
        {
            bytes.AddRange("TZif2"u8.ToArray());
            bytes.AddRange(new byte[15]);
            foreach (var count in new[] { 0, 0, 0, times, types, chars })
            {
                bytes.AddRange(BigEndian32(count));
            }
        }

        Header(0, 1, 1);
        bytes.AddRange([.. BigEndian32(initial), 0, 0, 0]);
        var types = transitions.Length + 1;
        Header(transitions.Length, types, 1);
        foreach (var (at, _) in transitions)
        {
            var time = new byte[8];
            BinaryPrimitives.WriteInt64BigEndian(time, at);
            bytes.AddRange(time);
        }

        bytes.AddRange(Enumerable.Range(1, transitions.Length).Select(i => (byte)i));
        foreach (var offset in transitions.Select(t => t.Offset).Prepend(initial))
        {
            bytes.AddRange([.. BigEndian32(offset), 0, 0]);
        }

        bytes.AddRange([0, (byte)'\n', (byte)'\n']);
        return [.. bytes];
    }

    private static byte[] BigEndian32(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return bytes;
    }
}
