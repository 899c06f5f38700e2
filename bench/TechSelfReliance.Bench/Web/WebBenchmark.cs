using System.Globalization;
using Microsoft.Playwright;

namespace TechSelfReliance.Bench.Web;

/// <summary>
/// The explorer in Debian's Chromium (headless, software rendering): time to the first rendered map of the
/// seed after navigation, time to lay out and render 5,000 elements, and frame times while panning them.
/// </summary>
public static class WebBenchmark
{
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    public static async Task RunAsync(string repositoryRoot, int runs)
    {
        using var server = ServerProcess.Start(repositoryRoot, new Dictionary<string, string> { ["Graph__InMemory"] = "true" });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Args = ChromiumArguments });
        Console.WriteLine($"# Web explorer in headless Chromium ({await VersionAsync(browser)}), 1440×900, software rendering; median of {runs} runs");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}; server on loopback in a separate process");
        Console.WriteLine();

        var firstRender = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
            var page = await context.NewPageAsync();
            await page.GotoAsync(server.Address.ToString());
            await page.WaitForSelectorAsync("body[data-ready='true']", new PageWaitForSelectorOptions { Timeout = 60_000 });
            firstRender.Add(await page.EvaluateAsync<double>("() => performance.getEntriesByName('tsr-map-rendered')[0].startTime"));
        }

        var layouts = new List<double>();
        var frames = new List<double>();
        var frameP95 = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
            var page = await context.NewPageAsync();
            await page.GotoAsync(server.Address.ToString());
            await page.WaitForSelectorAsync("body[data-ready='true']", new PageWaitForSelectorOptions { Timeout = 60_000 });
            layouts.Add(await page.EvaluateAsync<double>(LoadSyntheticScript));
            var pan = await page.EvaluateAsync<double[]>(PanScript);
            frames.Add(pan[0]);
            frameP95.Add(pan[1]);
        }

        Console.WriteLine("| measure | median | runs |");
        Console.WriteLine("|---|---:|---|");
        Console.WriteLine(Row("time to first rendered map of the seed after navigation (ms)", firstRender));
        Console.WriteLine(Row("lay out (fcose) and render 5,000 elements: 2,000 nodes, 3,000 edges (ms)", layouts));
        Console.WriteLine(Row("frame time while panning 5,000 elements, median (ms)", frames));
        Console.WriteLine(Row("frame time while panning 5,000 elements, p95 (ms)", frameP95));
    }

    private static string Row(string name, List<double> samples) =>
        string.Create(CultureInfo.InvariantCulture, $"| {name} | {Statistics.Percentile(samples, 50):F0} | {string.Join(", ", samples.Select(s => s.ToString("F0", CultureInfo.InvariantCulture)))} |");

    private static async Task<string> VersionAsync(IBrowser browser) => await Task.FromResult(browser.Version);

    private const string LoadSyntheticScript = """
        async () => {
          const cy = window.explorer.cy;
          const kinds = ['Company', 'Sector', 'Technology', 'Sanction', 'Place', 'Program', 'Challenge', 'Driver'];
          const colours = ['#0072B2', '#56B4E9', '#56B4E9', '#D55E00', '#CC79A7', '#009E73', '#E69F00', '#F0E442'];
          let seed = 7;
          const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
          const elements = [];
          for (let i = 0; i < 2000; i++) {
            const k = Math.floor(random() * kinds.length);
            elements.push({ group: 'nodes', data: { id: 'n' + i, label: 'Entity ' + i, kind: kinds[k], color: colours[k], shape: 'ellipse', degree: 3 }, position: { x: random() * 2000, y: random() * 2000 } });
          }
          for (let i = 0; i < 3000; i++) {
            const a = Math.floor(random() * 2000), b = Math.floor(Math.pow(random(), 2) * 2000);
            if (a !== b) elements.push({ group: 'edges', data: { id: 'e' + i, source: 'n' + a, target: 'n' + b, type: 'SUPPLIES' } });
          }
          cy.elements().remove();
          const start = performance.now();
          cy.add(elements);
          await window.explorer.layout('fcose');
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          return performance.now() - start;
        }
        """;

    private const string PanScript = """
        async () => {
          const cy = window.explorer.cy;
          cy.zoom(0.6);
          const deltas = [];
          let last = performance.now();
          await new Promise((resolve) => {
            let n = 0;
            const frame = (now) => {
              deltas.push(now - last);
              last = now;
              cy.panBy({ x: n % 120 < 60 ? 6 : -6, y: 3 * Math.sin(n / 10) });
              if (++n < 180) requestAnimationFrame(frame); else resolve();
            };
            requestAnimationFrame(frame);
          });
          deltas.shift();
          deltas.sort((a, b) => a - b);
          return [deltas[Math.floor(deltas.length * 0.5)], deltas[Math.floor(deltas.length * 0.95)]];
        }
        """;
}
