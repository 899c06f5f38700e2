using System.Text.RegularExpressions;

namespace TechSelfReliance.GraphSeed.Tests;

public sealed partial class SchemaDocumentTests(SeedFixture seed) : IClassFixture<SeedFixture>
{
    [GeneratedRegex(@"^\|\s*`(?<name>[A-Za-z_]+)`\s*\|", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [Fact]
    public async Task Every_label_in_the_data_is_documented_and_every_documented_label_is_used()
    {
        var (labels, _) = Documented();
        var used = (await seed.Backend.RunAsync("MATCH (n) UNWIND labels(n) AS l RETURN DISTINCT l")).Rows.Select(r => r[0].AsString()).ToHashSet();
        Assert.Empty(used.Except(labels));
        Assert.Empty(labels.Except(used));
    }

    [Fact]
    public async Task Every_relationship_type_in_the_data_is_documented_and_every_documented_type_is_used()
    {
        var (_, types) = Documented();
        var used = (await seed.Backend.RunAsync("MATCH ()-[r]->() RETURN DISTINCT type(r)")).Rows.Select(r => r[0].AsString()).ToHashSet();
        Assert.Empty(used.Except(types));
        Assert.Empty(types.Except(used));
    }

    private (HashSet<string> Labels, HashSet<string> Types) Documented()
    {
        var text = File.ReadAllText(Path.Combine(seed.SeedDirectory, "README.md"));
        var labelSection = text[text.IndexOf("## Labels", StringComparison.Ordinal)..text.IndexOf("## Relationship types", StringComparison.Ordinal)];
        var typeSection = text[text.IndexOf("## Relationship types", StringComparison.Ordinal)..text.IndexOf("## Example queries", StringComparison.Ordinal)];
        return (TableRow().Matches(labelSection).Select(m => m.Groups["name"].Value).ToHashSet(),
                TableRow().Matches(typeSection).Select(m => m.Groups["name"].Value).ToHashSet());
    }
}
