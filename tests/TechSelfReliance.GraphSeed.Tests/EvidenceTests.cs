using System.Text.RegularExpressions;

namespace TechSelfReliance.GraphSeed.Tests;

public sealed partial class EvidenceTests(SeedFixture seed) : IClassFixture<SeedFixture>
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [Fact]
    public async Task Every_relationship_cites_evidence_and_a_section()
    {
        var result = await seed.Backend.RunAsync(
            "MATCH (a)-[r]->(b) WHERE coalesce(trim(r.evidence), '') = '' OR coalesce(trim(r.section), '') = '' OR r.source IS NULL RETURN a.id + ' ' + type(r) + ' ' + b.id");
        Assert.Empty(result.Rows.Select(r => r[0].AsString()));
    }

    [Fact]
    public async Task Evidence_from_the_article_occurs_in_the_article()
    {
        var path = SeedFixture.ArticlePath();
        Assert.True(File.Exists(path), $"The source article is missing: expected it at {path} (set SEED_ARTICLE to its location).");
        var article = Normalize(await File.ReadAllTextAsync(path));
        var result = await seed.Backend.RunAsync("MATCH (a)-[r]->(b) RETURN a.id, type(r), b.id, r.evidence, r.source");
        Assert.NotEmpty(result.Rows);
        var missing = result.Rows
            .Where(r => r[4].AsString() != "public record" && !article.Contains(Normalize(r[3].AsString()), StringComparison.Ordinal))
            .Select(r => $"{r[0]} -[{r[1]}]-> {r[2]}: \"{r[3]}\"")
            .ToList();
        Assert.True(missing.Count == 0, "Evidence not found in the article:\n" + string.Join("\n", missing));
    }

    [Fact]
    public async Task Public_record_facts_are_few_and_labelled()
    {
        var result = await seed.Backend.RunAsync("MATCH ()-[r]->() RETURN r.source AS source, count(*) AS n");
        var bySource = result.Rows.ToDictionary(r => r[0].AsString(), r => r[1].AsInteger());
        Assert.Equal(["article", "public record"], bySource.Keys.Order());
        Assert.True(bySource["public record"] * 10 < bySource["article"], $"{bySource["public record"]} public-record facts against {bySource["article"]} from the article");
    }

    private static string Normalize(string text)
    {
        var quotes = text.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"');
        return Whitespace().Replace(quotes, " ").Trim();
    }
}
