namespace TechSelfReliance.Cypher.Temporal;

/// <summary>
/// Zones that the tz database's main data folds into another zone because the two agree from 1970 on
/// (Europe/Stockholm into Europe/Berlin, America/Atikokan into America/Panama, …). Java's time-zone data, and
/// so Neo4j, answers for a folded zone with the zone it is folded into, before 1970 too; a system whose tz
/// files were built with the "backzone" history (Debian's are) keeps each zone's own older offsets. This
/// finds, for such a zone, the zone it folds into: zone.tab lists every zone with its country, zone1970.tab
/// the zones that stay with the countries they cover, and of those the one whose offsets agree with the
/// folded zone at every month from 1970 to 2037 is the one. Thread-safe.
/// </summary>
internal static class FoldedZones
{
    private static readonly Lazy<IReadOnlyDictionary<string, string[]>> Candidates = new(() => ReadCandidates(ZoneDirectory()));

    /// <summary>
    /// The zone whose rules answer for <paramref name="zoneId"/>: the zone it folds into, or itself. Compares
    /// offsets month by month for a folded zone, so callers keep the answer (<see cref="TimeZones"/> does).
    /// </summary>
    public static string RulesFor(string zoneId) =>
        Candidates.Value.TryGetValue(zoneId, out var candidates) ? Agreeing(zoneId, candidates) ?? zoneId : zoneId;

    /// <summary>For each zone of zone.tab missing from zone1970.tab, the zone1970.tab zones that cover its country.</summary>
    internal static IReadOnlyDictionary<string, string[]> ReadCandidates(string directory)
    {
        var everyZone = Path.Combine(directory, "zone.tab");
        var remaining = Path.Combine(directory, "zone1970.tab");
        if (!File.Exists(everyZone) || !File.Exists(remaining))
        {
            return new Dictionary<string, string[]>();
        }

        var covering = Rows(remaining).Select(row => (Countries: row[0].Split(','), Zone: row[2])).ToList();
        var kept = covering.Select(row => row.Zone).ToHashSet(StringComparer.Ordinal);
        var candidates = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var row in Rows(everyZone))
        {
            var (country, zone) = (row[0], row[2]);
            if (!kept.Contains(zone))
            {
                candidates[zone] = covering.Where(c => c.Countries.Contains(country)).Select(c => c.Zone).ToArray();
            }
        }

        return candidates;
    }

    private static IEnumerable<string[]> Rows(string path) =>
        File.ReadLines(path).Where(line => line.Length > 0 && line[0] != '#').Select(line => line.Split('\t')).Where(fields => fields.Length >= 3);

    private static string? Agreeing(string zoneId, string[] candidates)
    {
        if (!TryFind(zoneId, out var folded))
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            if (TryFind(candidate, out var zone) && AgreeSince1970(folded, zone))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool AgreeSince1970(TimeZoneInfo first, TimeZoneInfo second)
    {
        for (var month = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc); month.Year < 2038; month = month.AddMonths(1))
        {
            if (first.GetUtcOffset(month) != second.GetUtcOffset(month))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryFind(string id, out TimeZoneInfo zone)
    {
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception error) when (error is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            zone = TimeZoneInfo.Utc;
            return false;
        }
    }

    internal static string ZoneDirectory() => Environment.GetEnvironmentVariable("TZDIR") is { Length: > 0 } configured ? configured : "/usr/share/zoneinfo";
}
