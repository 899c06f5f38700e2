using Microsoft.Playwright;
using TechSelfReliance.Testing;

namespace TechSelfReliance.Web.Tests;

/// <summary>
/// The real service on a loopback port and Debian's Chromium driven by Playwright, shared by the tests of a
/// class. Each test opens its own page, which records console errors and leaves a screenshot in artifacts/.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? _playwright;

    public ApiFactory Server { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public static string ArtifactsFolder
    {
        get
        {
            var folder = Path.Combine(ProcessRunner.SourceFolder("tests/TechSelfReliance.Web.Tests"), "artifacts");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}: run ./test.sh (it installs Debian's chromium) or apt-get install -y chromium.");
        }

        BaseAddress = Server.StartOnLoopback();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Args = ChromiumArguments, Headless = true });
    }

    /// <summary>A fresh page at the given path, with the explorer loaded and ready.</summary>
    public async Task<ExplorerPage> OpenAsync(string path = "/", int width = 1440, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BaseURL = BaseAddress.ToString(),
            AcceptDownloads = true,
        });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var page = await context.NewPageAsync();
        var explorer = new ExplorerPage(page);
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync("body[data-ready='true']", new PageWaitForSelectorOptions { Timeout = 30_000 });
        return explorer;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}
