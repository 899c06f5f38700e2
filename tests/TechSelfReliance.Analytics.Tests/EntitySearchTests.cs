using TechSelfReliance.Analytics.Search;

namespace TechSelfReliance.Analytics.Tests;

public sealed class EntitySearchTests
{
    private const string Companies = """
        CREATE (:Company {id: 'huawei', name: 'Huawei', aliases: ['Huawei Technologies']}),
               (:Company {id: 'hisilicon', name: 'HiSilicon', aliases: ['Huawei HiSilicon']}),
               (:Company {id: 'ymtc', name: 'YMTC', aliases: ['Yangtze Memory Technologies']}),
               (:Place {id: 'sao-paulo', name: 'São Paulo'})
        """;

    [Theory]
    [InlineData("huawei", "huawei")]
    [InlineData("Huawie", "huawei")]
    [InlineData("yangtze", "ymtc")]
    [InlineData("memory tech", "ymtc")]
    [InlineData("sao paulo", "sao-paulo")]
    [InlineData("HISILICON", "hisilicon")]
    public async Task Finds_by_name_alias_typo_and_without_accents(string query, string expected)
    {
        var (backend, graph) = await SmallGraph.CreateAsync(Companies);
        await using var _ = backend;

        var hits = EntitySearch.Find(graph, query);

        Assert.Equal(expected, hits[0].Node.Key);
    }

    [Fact]
    public async Task Exact_name_outranks_alias_and_nothing_matches_gibberish()
    {
        var (backend, graph) = await SmallGraph.CreateAsync(Companies);
        await using var _ = backend;

        var huawei = EntitySearch.Find(graph, "Huawei");
        var none = EntitySearch.Find(graph, "qqqqzzzz");

        Assert.Equal(["huawei", "hisilicon"], huawei.Select(h => h.Node.Key));
        Assert.True(huawei[0].Score > huawei[1].Score);
        Assert.Empty(none);
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("huawei", "huawie", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Edit_distance_counts_insertions_deletions_substitutions_and_swaps(string a, string b, int expected) =>
        Assert.Equal(expected, EntitySearch.EditDistance(a, b));
}
