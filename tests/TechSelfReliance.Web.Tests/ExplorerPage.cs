using System.Text.Json;
using Microsoft.Playwright;

namespace TechSelfReliance.Web.Tests;

/// <summary>A page of the explorer, with what its console reported and helpers that read the map's state.</summary>
public sealed class ExplorerPage : IAsyncDisposable
{
    private readonly List<string> _errors = [];

    public ExplorerPage(IPage page)
    {
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => _errors.Add($"page error: {error}");
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Errors => _errors;

    public Task<int> VisibleNodesAsync() => Page.EvaluateAsync<int>("() => window.explorer.cy.nodes().not('.gone').not('.more').length");

    public Task<int> VisibleEdgesAsync() => Page.EvaluateAsync<int>("() => window.explorer.cy.edges().not('.gone').not('.more').length");

    public async Task<JsonElement> StateAsync() => await Page.EvaluateAsync<JsonElement>("() => window.explorer.state");

    public Task<string?> SelectedNodeAsync() => Page.EvaluateAsync<string?>("() => window.explorer.cy.$('node:selected').map(n => n.id())[0] ?? null");

    /// <summary>Waits until the explorer has applied the latest step (the URL has changed to match the state).</summary>
    public Task SettledAsync() => Page.WaitForFunctionAsync("() => !window.explorer.cy.animated() && document.body.dataset.ready === 'true'");

    /// <summary>Types into a search field and picks the first result with the keyboard.</summary>
    public async Task PickAsync(string selector, string text)
    {
        await Page.FillAsync(selector, text);
        await Page.WaitForSelectorAsync($"{selector} + ul.results li, #search-results li", new PageWaitForSelectorOptions { State = WaitForSelectorState.Visible });
        await Page.PressAsync(selector, "Enter");
    }

    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, name + ".png") });

    /// <summary>Leaves a screenshot of the page as the test ended (named after the test), then closes it.</summary>
    public async ValueTask DisposeAsync()
    {
        var test = TestContext.Current.Test?.TestDisplayName ?? "page";
        var name = string.Concat(test.Split('.').Last().Select(c => char.IsLetterOrDigit(c) || c == '_' ? c : '-'));
        try
        {
            await ScreenshotAsync($"end-{name}");
        }
        catch (PlaywrightException)
        {
            // the page is already gone; the test's own outcome says why
        }

        await Page.Context.CloseAsync();
    }
}
