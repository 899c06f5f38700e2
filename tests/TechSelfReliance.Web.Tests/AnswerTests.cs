using Microsoft.Playwright;

namespace TechSelfReliance.Web.Tests;

public sealed class AnswerTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Path_from_a_sanction_to_a_company_appears_with_evidence_on_every_hop()
    {
        await using var explorer = await session.OpenAsync();

        await explorer.Page.ClickAsync("#tab-paths");
        await explorer.PickAsync("#paths-from", "Restrictions on Advanced Semiconductor");
        await explorer.PickAsync("#paths-to", "SMIC");
        await explorer.Page.FillAsync("#paths-k", "3");
        await explorer.Page.ClickAsync("#paths-form button[type='submit']");
        await explorer.Page.WaitForSelectorAsync("#paths-results article.path");
        await explorer.SettledAsync();

        var paths = explorer.Page.Locator("#paths-results article.path");
        Assert.Equal(3, await paths.CountAsync());
        var hops = explorer.Page.Locator("#paths-results article.path").First.Locator("li.hop");
        Assert.Equal(3, await hops.CountAsync());
        for (var i = 0; i < await hops.CountAsync(); i++)
        {
            Assert.False(string.IsNullOrWhiteSpace(await hops.Nth(i).Locator("blockquote").TextContentAsync()));
        }

        Assert.True(await explorer.Page.EvaluateAsync<int>("() => window.explorer.cy.edges('.answer').length") >= 3);
        Assert.True(await explorer.Page.EvaluateAsync<int>("() => window.explorer.cy.nodes('.faded').length") > 0);
        Assert.Contains("Paths from U.S. Restrictions", await explorer.Page.TextContentAsync("#question"));
        Assert.Contains("from=us-chip-controls", explorer.Page.Url);
        await explorer.ScreenshotAsync("paths");

        await paths.Nth(1).ClickAsync();
        Assert.Equal(3, await explorer.Page.EvaluateAsync<int>("() => window.explorer.cy.edges('.answer').length"));
        Assert.Empty(explorer.Errors);
    }

    [Fact]
    public async Task Influence_ranks_the_companies_a_sanction_reaches()
    {
        await using var explorer = await session.OpenAsync();

        await explorer.Page.ClickAsync("#tab-influence");
        await explorer.PickAsync("#influence-source", "Restrictions on Advanced Semiconductor");
        await explorer.Page.SelectOptionAsync("#influence-target", "Company");
        await explorer.Page.ClickAsync("#influence-form button[type='submit']");
        await explorer.Page.WaitForSelectorAsync("#influence-results ol.ranked li");
        await explorer.SettledAsync();

        var first = await explorer.Page.Locator("#influence-results ol.ranked li").First.Locator("b").TextContentAsync();
        Assert.Equal("YMTC", first);
        var ranked = await explorer.Page.EvaluateAsync<int>("() => window.explorer.cy.nodes('.ranked').length");
        Assert.Equal(await explorer.Page.Locator("#influence-results ol.ranked > li").CountAsync(), ranked);
        await explorer.Page.Locator("#influence-results button[data-explain]").First.ClickAsync();
        Assert.True(await explorer.Page.Locator("#influence-results .explain:not([hidden]) blockquote").CountAsync() > 0);
        await explorer.ScreenshotAsync("influence");

        await explorer.Page.CheckAsync("#influence-reverse");
        await explorer.PickAsync("#influence-source", "SMIC");
        await explorer.Page.SelectOptionAsync("#influence-target", "Sanction");
        await explorer.Page.ClickAsync("#influence-form button[type='submit']");
        await explorer.Page.WaitForFunctionAsync("() => window.explorer.state.influence.reverse === true");
        await explorer.Page.WaitForSelectorAsync("#influence-results ol.ranked li");
        Assert.Contains("What influences SMIC", await explorer.Page.TextContentAsync("#question"));
        Assert.Equal("U.S. Sanctions on SMIC", await explorer.Page.Locator("#influence-results ol.ranked li").First.Locator("b").TextContentAsync());
        Assert.Empty(explorer.Errors);
    }

    [Fact]
    public async Task Console_runs_a_query_as_table_and_graph_and_marks_an_error_at_its_position()
    {
        await using var explorer = await session.OpenAsync();

        await explorer.Page.ClickAsync("#tab-console");
        await explorer.Page.ClickAsync("#editor .cm-content");
        await explorer.Page.Keyboard.PressAsync("Control+a");
        await explorer.Page.Keyboard.TypeAsync("MATCH (s:Sanction)-[r:TARGETS]->(c:Company) RETURN s, r, c");
        await explorer.Page.Keyboard.PressAsync("Control+Enter");
        await explorer.Page.WaitForSelectorAsync("#bottom:not([hidden]) table[aria-label='Query result'] tbody tr");
        await explorer.SettledAsync();

        Assert.Equal(5, await explorer.Page.Locator("#bottom table tbody tr").CountAsync());
        Assert.True(await explorer.Page.Locator(".cm-editor .cm-keyword, .cm-editor [class*='ͼ']").CountAsync() > 0, "the editor highlights Cypher");
        Assert.Equal(5, await explorer.Page.EvaluateAsync<int>("() => window.explorer.cy.edges('.answer').length"));
        Assert.Equal(9, await explorer.VisibleNodesAsync()); // 4 sanctions (one targets two companies) and 5 companies
        await explorer.ScreenshotAsync("console");

        await explorer.Page.ClickAsync("#editor .cm-content");
        await explorer.Page.Keyboard.PressAsync("Control+a");
        await explorer.Page.Keyboard.TypeAsync("MATCH (n:Company)\nRETURN n.name ORDER");
        await explorer.Page.ClickAsync("#console-run");
        await explorer.Page.WaitForSelectorAsync("#console-status.error");

        var status = await explorer.Page.TextContentAsync("#console-status");
        Assert.Contains("SyntaxError", status);
        Assert.Contains("Line 2, column", status);
        Assert.Equal("2", await explorer.Page.GetAttributeAsync("#console-status", "data-line"));
        Assert.Equal(1, await explorer.Page.Locator(".cm-error-mark").CountAsync());
        await explorer.ScreenshotAsync("console-error");

        var history = await explorer.Page.Locator("#console-history option").AllTextContentsAsync();
        Assert.Contains(history, h => h.Contains("MATCH (s:Sanction)", StringComparison.Ordinal));
        var errors = explorer.Errors.Where(e => !e.Contains("400", StringComparison.Ordinal)).ToArray();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Deep_link_reproduces_the_view()
    {
        await using var explorer = await session.OpenAsync("/?view=paths&from=us-chip-controls&to=smic&k=2&hops=4&dir=both&hk=Goal&layout=dagre");
        await explorer.Page.WaitForSelectorAsync("#paths-results article.path");

        Assert.Equal("true", await explorer.Page.GetAttributeAsync("#tab-paths", "aria-selected"));
        Assert.Equal(2, await explorer.Page.Locator("#paths-results article.path").CountAsync());
        Assert.Equal("dagre", await explorer.Page.InputValueAsync("#layout"));
        Assert.Equal("2", await explorer.Page.InputValueAsync("#paths-k"));
        Assert.Equal(158 - 7, await explorer.VisibleNodesAsync());
        await explorer.Page.WaitForFunctionAsync("() => document.getElementById('paths-from').value.startsWith('U.S. Restrictions')");

        // a view reached by steps, copied as a link, opens the same in a new page
        await explorer.Page.SelectOptionAsync("#layout", "concentric");
        await explorer.Page.WaitForFunctionAsync("() => window.explorer.state.layout === 'concentric'");
        var url = explorer.Page.Url;
        var state = await explorer.StateAsync();
        await using var copy = await session.OpenAsync(new Uri(url).PathAndQuery);
        await copy.Page.WaitForSelectorAsync("#paths-results article.path");
        Assert.Equal(state.ToString(), (await copy.StateAsync()).ToString());
        Assert.Equal(await explorer.VisibleNodesAsync(), await copy.VisibleNodesAsync());
        await copy.ScreenshotAsync("deep-link");
        Assert.Empty(explorer.Errors);
        Assert.Empty(copy.Errors);
    }

    [Fact]
    public async Task Presenter_mode_steps_through_the_answer_with_the_keyboard()
    {
        await using var explorer = await session.OpenAsync("/?view=influence&source=us-chip-controls&kind=Company&hops=3");
        await explorer.Page.WaitForSelectorAsync("#influence-results ol.ranked li");

        await explorer.Page.Keyboard.PressAsync("f");
        await explorer.Page.WaitForFunctionAsync("() => document.body.classList.contains('presenting')");
        Assert.Equal("dark", await explorer.Page.GetAttributeAsync("html", "data-theme"));
        Assert.False(await explorer.Page.IsVisibleAsync(".rail"));
        Assert.True(await explorer.Page.IsVisibleAsync("#map-legend"));

        await explorer.Page.Keyboard.PressAsync("ArrowRight");
        await explorer.Page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal(1, await explorer.Page.EvaluateAsync<int>("() => window.explorer.presenterStep"));
        Assert.Contains("2. ", await explorer.Page.TextContentAsync("#question"));
        Assert.True(await explorer.Page.EvaluateAsync<int>("() => window.explorer.cy.elements('.current').length") > 0);
        await explorer.ScreenshotAsync("presenter");

        await explorer.Page.Keyboard.PressAsync("f");
        await explorer.Page.WaitForFunctionAsync("() => !document.body.classList.contains('presenting')");
        Assert.Empty(explorer.Errors);
    }

    [Fact]
    public async Task Png_svg_and_json_exports_produce_files()
    {
        await using var explorer = await session.OpenAsync("/?view=paths&from=us-chip-controls&to=smic&k=2&hops=4");
        await explorer.Page.WaitForSelectorAsync("#paths-results article.path");

        var png = await explorer.Page.RunAndWaitForDownloadAsync(() => explorer.Page.ClickAsync("#export-png"));
        var svg = await explorer.Page.RunAndWaitForDownloadAsync(() => explorer.Page.ClickAsync("#export-svg"));
        var json = await explorer.Page.RunAndWaitForDownloadAsync(() => explorer.Page.ClickAsync("#export-json"));
        var pngPath = Path.Combine(BrowserSession.ArtifactsFolder, "export.png");
        var svgPath = Path.Combine(BrowserSession.ArtifactsFolder, "export.svg");
        var jsonPath = Path.Combine(BrowserSession.ArtifactsFolder, "export.json");
        await png.SaveAsAsync(pngPath);
        await svg.SaveAsAsync(svgPath);
        await json.SaveAsAsync(jsonPath);

        var pngBytes = await File.ReadAllBytesAsync(pngPath);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, pngBytes[..4]);
        var width = (pngBytes[16] << 24) | (pngBytes[17] << 16) | (pngBytes[18] << 8) | pngBytes[19];
        var mapWidth = await explorer.Page.EvaluateAsync<int>("() => window.explorer.cy.width()");
        Assert.True(width >= mapWidth * 2, $"the PNG is {width} px wide for a {mapWidth} px map: exported at 2×");
        var svgText = await File.ReadAllTextAsync(svgPath);
        Assert.Contains("<svg", svgText);
        Assert.Contains("id=\"legend\"", svgText);
        var jsonText = await File.ReadAllTextAsync(jsonPath);
        Assert.Contains("\"elements\"", jsonText);
        Assert.Contains("smic", jsonText);
        Assert.Empty(explorer.Errors);
    }

    [Fact]
    public async Task Layout_is_usable_on_a_laptop_screen()
    {
        await using var explorer = await session.OpenAsync("/", 1280, 720);

        var mapBox = await explorer.Page.Locator("#map").BoundingBoxAsync();
        Assert.NotNull(mapBox);
        Assert.True(mapBox.Width > 600 && mapBox.Height > 500, $"the map is {mapBox.Width}×{mapBox.Height}");
        Assert.True(await explorer.Page.IsVisibleAsync("#search-input"));
        await explorer.ScreenshotAsync("laptop");
        Assert.Empty(explorer.Errors);
    }
}
