using Microsoft.Playwright;

namespace TechSelfReliance.Web.Tests;

public sealed class MapTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Map_renders_the_whole_seed_with_a_legend_and_no_console_errors()
    {
        await using var explorer = await session.OpenAsync();

        Assert.Equal(158, await explorer.VisibleNodesAsync());
        Assert.Equal(246, await explorer.VisibleEdgesAsync());
        var companies = await explorer.Page.Locator("#legend button[data-kind='Company'] .count").TextContentAsync();
        Assert.Equal("25", companies);
        Assert.Contains("158 entities", await explorer.Page.TextContentAsync("#question"));
        var renderedLabel = await explorer.Page.EvaluateAsync<double>("() => window.explorer.cy.nodes()[0].renderedStyle('font-size') ? parseFloat(window.explorer.cy.nodes()[0].style('font-size')) * window.explorer.cy.zoom() : 0");
        Assert.True(renderedLabel >= 11.9, $"captions are {renderedLabel:0.0} px on screen at the default zoom");
        await explorer.ScreenshotAsync("map");
        Assert.Empty(explorer.Errors);
    }

    [Fact]
    public async Task Legend_is_also_the_filter_and_the_step_can_be_undone()
    {
        await using var explorer = await session.OpenAsync();

        await explorer.Page.ClickAsync("#legend button[data-kind='Company']");
        await explorer.SettledAsync();
        Assert.Equal(158 - 25, await explorer.VisibleNodesAsync());
        Assert.Equal("false", await explorer.Page.GetAttributeAsync("#legend button[data-kind='Company']", "aria-pressed"));
        Assert.Contains("hk=Company", explorer.Page.Url);

        await explorer.Page.Keyboard.PressAsync("Control+z");
        await explorer.Page.WaitForFunctionAsync("() => window.explorer.state.hiddenKinds.length === 0");
        await explorer.SettledAsync();
        Assert.Equal(158, await explorer.VisibleNodesAsync());

        await explorer.Page.Keyboard.PressAsync("Control+Shift+z");
        await explorer.Page.WaitForFunctionAsync("() => window.explorer.state.hiddenKinds.length === 1");
        await explorer.SettledAsync();
        Assert.Equal(158 - 25, await explorer.VisibleNodesAsync());
        Assert.Empty(explorer.Errors);
    }

    [Fact]
    public async Task Relationship_type_filter_hides_those_edges()
    {
        await using var explorer = await session.OpenAsync();

        await explorer.Page.UncheckAsync("#type-filter input[data-type='INCLUDES']");
        await explorer.Page.WaitForFunctionAsync("() => window.explorer.state.hiddenTypes.includes('INCLUDES')");
        await explorer.SettledAsync();

        Assert.Equal(246 - 34, await explorer.VisibleEdgesAsync());
        Assert.Empty(explorer.Errors);
    }

    [Fact]
    public async Task Search_with_the_keyboard_focuses_the_node_and_shows_its_evidence()
    {
        await using var explorer = await session.OpenAsync();

        await explorer.Page.Keyboard.PressAsync("/");
        Assert.Equal("search-input", await explorer.Page.EvaluateAsync<string>("() => document.activeElement.id"));
        await explorer.Page.Keyboard.TypeAsync("smic");
        await explorer.Page.WaitForSelectorAsync("#search-results li");
        await explorer.Page.Keyboard.PressAsync("Enter");
        await explorer.Page.WaitForSelectorAsync("#details:not([hidden]) h2");

        Assert.Equal("smic", await explorer.SelectedNodeAsync());
        Assert.Equal("SMIC", await explorer.Page.TextContentAsync("#details h2"));
        Assert.True(await explorer.Page.Locator("#details blockquote").CountAsync() > 0);
        Assert.Contains("focus=smic", explorer.Page.Url);
        await explorer.ScreenshotAsync("search-focus");

        await explorer.Page.Keyboard.PressAsync("Escape");
        await explorer.Page.WaitForSelectorAsync("#details", new PageWaitForSelectorOptions { State = WaitForSelectorState.Hidden });
        Assert.Null(await explorer.SelectedNodeAsync());
        Assert.Empty(explorer.Errors);
    }

    [Fact]
    public async Task Edge_selection_shows_its_evidence_and_section()
    {
        await using var explorer = await session.OpenAsync();

        var edgeId = await explorer.Page.EvaluateAsync<string>("""
            () => {
              const edge = window.explorer.cy.edges().filter(e => e.data('type') === 'TARGETS' && e.data('target') === 'smic')[0];
              edge.emit('tap');
              return edge.id();
            }
            """);
        await explorer.Page.WaitForSelectorAsync("#details:not([hidden]) .evidence");

        Assert.False(string.IsNullOrEmpty(edgeId));
        Assert.Equal("TARGETS", await explorer.Page.TextContentAsync("#details h2"));
        Assert.False(string.IsNullOrWhiteSpace(await explorer.Page.TextContentAsync("#details .evidence")));
        Assert.Contains("Section", await explorer.Page.TextContentAsync("#details .cite"));
        Assert.Empty(explorer.Errors);
    }

    [Fact]
    public async Task Expand_hide_and_undo_are_exploration_steps()
    {
        await using var explorer = await session.OpenAsync("/?focus=smic");
        await explorer.Page.WaitForSelectorAsync("#details:not([hidden]) button[data-action='isolate']");

        await explorer.Page.ClickAsync("#details button[data-action='isolate']");
        await explorer.Page.WaitForFunctionAsync("() => window.explorer.state.visible !== null");
        await explorer.SettledAsync();
        var neighbourhood = await explorer.VisibleNodesAsync();
        Assert.InRange(neighbourhood, 2, 40);

        var neighbour = await explorer.Page.EvaluateAsync<string>("() => window.explorer.cy.getElementById('smic').neighborhood('node').not('.gone').filter(n => n.id() === 'semiconductors').id()");
        await explorer.Page.EvaluateAsync($"() => window.explorer.cy.getElementById('{neighbour}').emit('dbltap')");
        await explorer.Page.WaitForFunctionAsync($"() => window.explorer.state.visible.length > {neighbourhood}");
        await explorer.SettledAsync();
        var expanded = await explorer.VisibleNodesAsync();
        Assert.True(expanded > neighbourhood);
        await explorer.ScreenshotAsync("expand");

        await explorer.Page.ClickAsync("#undo");
        await explorer.Page.WaitForFunctionAsync($"() => window.explorer.state.visible.length === {neighbourhood}");
        await explorer.SettledAsync();
        Assert.Equal(neighbourhood, await explorer.VisibleNodesAsync());

        await explorer.Page.ClickAsync("#redo");
        await explorer.Page.WaitForFunctionAsync($"() => window.explorer.state.visible.length > {neighbourhood}");
        await explorer.SettledAsync();
        Assert.Equal(expanded, await explorer.VisibleNodesAsync());

        await explorer.Page.GoBackAsync();
        await explorer.Page.WaitForFunctionAsync($"() => window.explorer.state.visible.length === {neighbourhood}");
        Assert.Empty(explorer.Errors);
    }

    [Fact]
    public async Task Pinned_node_stays_where_it_is_through_a_layout()
    {
        await using var explorer = await session.OpenAsync("/?focus=huawei");
        await explorer.Page.WaitForSelectorAsync("#details:not([hidden]) button[data-action='pin']");

        await explorer.Page.ClickAsync("#details button[data-action='pin']");
        await explorer.Page.WaitForFunctionAsync("() => Object.keys(window.explorer.state.pinned).includes('huawei')");
        var before = await explorer.Page.EvaluateAsync<double[]>("() => { const p = window.explorer.cy.getElementById('huawei').position(); return [p.x, p.y]; }");
        await explorer.Page.SelectOptionAsync("#layout", "concentric");
        await explorer.Page.WaitForFunctionAsync("() => window.explorer.state.layout === 'concentric'");
        await explorer.SettledAsync();
        var after = await explorer.Page.EvaluateAsync<double[]>("() => { const p = window.explorer.cy.getElementById('huawei').position(); return [p.x, p.y]; }");

        Assert.Equal(before[0], after[0], 0.5);
        Assert.Equal(before[1], after[1], 0.5);
        Assert.Contains("pin=huawei", explorer.Page.Url);
        Assert.Empty(explorer.Errors);
    }

    [Fact]
    public async Task Table_view_lists_what_the_map_shows()
    {
        await using var explorer = await session.OpenAsync("/?hk=Company");

        await explorer.Page.ClickAsync("#toggle-table");
        await explorer.Page.WaitForSelectorAsync("#bottom:not([hidden]) table");

        var rows = await explorer.Page.Locator("#bottom table[aria-label='Entities on the map'] tbody tr").CountAsync();
        Assert.Equal(158 - 25, rows);
        await explorer.ScreenshotAsync("table");
        Assert.Empty(explorer.Errors);
    }
}
