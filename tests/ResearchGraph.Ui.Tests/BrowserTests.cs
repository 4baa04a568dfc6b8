using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ResearchGraph.Ui.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ResearchGraph.Ui.Tests;

/// <summary>A person's path through the web UI, in a real browser against the real server.</summary>
public sealed class BrowserTests(LiveSite site) : IClassFixture<LiveSite>
{
    [Fact]
    public async Task Search_for_point_cloud_leads_to_TorchSparse_and_its_lineage()
    {
        var errors = new List<string>();
        var page = await site.NewPageAsync(errors);

        await page.GotoAsync(site.BaseUrl + "/?q=point+cloud");
        var first = page.Locator(".hit").First;
        await Expect(first).ToContainTextAsync("TorchSparse");
        await Expect(first.Locator(".highlight mark").First).ToHaveTextAsync(new Regex("^[Pp]oint$"));
        await Expect(first.Locator("time.date")).ToHaveTextAsync(new Regex(@"^[A-Z][a-z]{2} \d{4}$"));
        await Expect(page.Locator("#topq")).ToHaveValueAsync("point cloud");
        await LiveSite.ShotAsync(page, "1-search-point-cloud");

        await first.Locator("a.chip", new LocatorLocatorOptions { HasText = "TorchSparse" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/entity/project(%3A|:)torchsparse$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("TorchSparse");
        await Expect(page.Locator(".fact").First).ToContainTextAsync("MLSys");
        await Expect(page.Locator(".evidence blockquote").First).ToContainTextAsync("TorchSparse");
        await LiveSite.ShotAsync(page, "2-entity-torchsparse");

        await page.GotoAsync(site.BaseUrl + "/entity/project:amc");
        await page.Locator(".actions a", new PageLocatorOptions { HasText = "Lineage" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/lineage/"));
        var nodes = page.Locator("svg .node text");
        await Expect(nodes).ToHaveCountAsync(3);
        var names = await nodes.AllTextContentsAsync();
        Assert.Equal(["AMC", "HAQ", "ProxylessNAS"], names.Order(StringComparer.Ordinal));
        await Expect(page.Locator(".node.root text")).ToHaveTextAsync("AMC");
        await LiveSite.ShotAsync(page, "3-lineage-amc");

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Lineage_view_draws_ProxylessNAS_then_AMC_then_HAQ_left_to_right()
    {
        var errors = new List<string>();
        var page = await site.NewPageAsync(errors);
        await page.GotoAsync(site.BaseUrl + "/lineage/ProxylessNAS");
        await Expect(page.Locator("svg .node")).ToHaveCountAsync(3);
        var x = new Dictionary<string, double>();
        foreach (var name in new[] { "ProxylessNAS", "AMC", "HAQ" })
        {
            var box = await page.Locator("svg .node", new PageLocatorOptions { HasText = name }).BoundingBoxAsync();
            x[name] = box!.X;
        }

        Assert.True(x["ProxylessNAS"] < x["AMC"] && x["AMC"] < x["HAQ"], string.Join(", ", x));
        await Expect(page.Locator("svg path.edge")).ToHaveCountAsync(2);
        await LiveSite.ShotAsync(page, "4-lineage-proxylessnas");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Facets_and_dates_narrow_the_results_and_stay_in_the_url()
    {
        var errors = new List<string>();
        var page = await site.NewPageAsync(errors);
        await page.GotoAsync(site.BaseUrl + "/?q=point+cloud");
        var total = int.Parse(await page.Locator(".summary strong").TextContentAsync() ?? "0", System.Globalization.CultureInfo.InvariantCulture);

        await page.Locator(".facet", new PageLocatorOptions { HasText = "TorchSparse" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("entity=project%3Atorchsparse"));
        await Expect(page.Locator(".summary strong")).Not.ToHaveTextAsync(total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.Locator(".hit").First).ToContainTextAsync("TorchSparse");

        await page.Locator(".dates input[name=from]").FillAsync("2022-06");
        await page.Locator(".dates button").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("from=2022-06"));
        await Expect(page.Locator(".hit")).ToHaveCountAsync(1);
        await Expect(page.Locator(".hit time.date")).ToHaveTextAsync("Aug 2022");
        await LiveSite.ShotAsync(page, "5-search-filtered");

        await page.ReloadAsync();
        await Expect(page.Locator(".hit")).ToHaveCountAsync(1);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Adopters_view_shows_Intel_adopting_HAQ_via_OpenVINO_in_2021()
    {
        var errors = new List<string>();
        var page = await site.NewPageAsync(errors);
        await page.GotoAsync(site.BaseUrl + "/adopters?technique=HAQ");
        var row = page.Locator("table.adopters tbody tr", new PageLocatorOptions { HasText = "OpenVINO" });
        await Expect(row).ToContainTextAsync("HAQ");
        await Expect(row).ToContainTextAsync("2021");
        await Expect(row.Locator("th")).ToContainTextAsync("Intel");
        await LiveSite.ShotAsync(page, "6-adopters-haq");

        await page.GotoAsync(site.BaseUrl + "/adopters");
        await Expect(page.Locator("table.adopters tbody th", new PageLocatorOptions { HasText = "Facebook" })).ToHaveCountAsync(1);
        await LiveSite.ShotAsync(page, "7-adopters");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Timeline_of_Song_Han_lists_dated_items_newest_first()
    {
        var errors = new List<string>();
        var page = await site.NewPageAsync(errors);
        await page.GotoAsync(site.BaseUrl + "/timeline/" + Uri.EscapeDataString("Song Han"));
        await Expect(page.Locator("h1")).ToContainTextAsync("Song Han");
        var years = await page.Locator(".timeline > li > h2").AllTextContentsAsync();
        Assert.True(years.Count >= 3, $"only {years.Count} years");
        Assert.Equal(years.OrderDescending(StringComparer.Ordinal), years);
        await Expect(page.Locator(".moment", new PageLocatorOptions { HasText = "TorchSparse" }).First).ToBeVisibleAsync();
        await LiveSite.ShotAsync(page, "8-timeline-song-han");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Markup_in_a_page_shows_as_text_and_never_runs()
    {
        var errors = new List<string>();
        var page = await site.NewPageAsync(errors);
        await page.GotoAsync(site.BaseUrl + "/?q=ZebraNet");
        var hit = page.Locator(".hit").First;
        await Expect(hit.Locator(".highlight mark")).ToHaveTextAsync("ZebraNet");
        await hit.Locator("button", new LocatorLocatorOptions { HasText = "Show whole item" }).ClickAsync();
        await Expect(hit.Locator(".fulltext")).ToContainTextAsync("<img src=x onerror=");
        Assert.Equal(0, await hit.Locator("img, script").CountAsync());
        Assert.Equal("none", await page.EvaluateAsync<string>("() => String(window.__pwned ?? 'none')"));
        await LiveSite.ShotAsync(page, "9-markup-as-text");
    }
}
