using Microsoft.Playwright;

namespace KnowledgeGraph.Api.Tests;

public sealed class ConsoleBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [SkippableFact]
    public async Task ConsolePage_TypeQueryAndRun_ShowsTheResult()
    {
        if (!File.Exists(Chromium))
        {
            // In CI the browser is a declared dependency (.ci/apt-packages.txt): its absence is a failure there.
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", $"{Chromium} is missing; CI installs it from .ci/apt-packages.txt");
            Skip.If(true, $"{Chromium} is not installed (apt-get install chromium); the console browser test needs it");
        }
        await using var api = await ApiApplication.StartAsync(kestrel: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();

        // Debian's Chromium is newer than the one Playwright ships with; its load event is not reported, so wait for the page's own elements.
        await page.GotoAsync(api.Address!.TrimEnd('/') + "/graphql", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await page.WaitForSelectorAsync("#run");
        await page.FillAsync("#query", "{ stats { papers } }");
        await page.ClickAsync("#run");
        await page.WaitForFunctionAsync("() => document.getElementById('result').textContent.includes('papers')");
        var result = await page.TextContentAsync("#result");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#types summary').length > 5");
        var types = await page.Locator("#types summary").AllTextContentsAsync();

        Assert.Contains("\"papers\": 68", result, StringComparison.Ordinal);
        Assert.Contains("Paper", types);
    }
}
