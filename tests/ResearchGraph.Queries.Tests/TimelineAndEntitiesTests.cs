using ResearchGraph.Domain;
using ResearchGraph.Queries.Tests.Support;

namespace ResearchGraph.Queries.Tests;

/// <summary>The timeline, entity listing and kind-filtered search over the sample pages.</summary>
public sealed class TimelineAndEntitiesTests(SampleGraph graph) : IClassFixture<SampleGraph>
{
    private GraphQueries Queries => graph.Queries;

    [Fact]
    public async Task Timeline_of_a_project_holds_its_dated_items_oldest_first_with_their_facts()
    {
        var view = await Queries.TimelineAsync("FastNet");

        Assert.Equal("project:fastnet", view.Entity.Id);
        Assert.Equal(["2019", "2022-02", "2023-03", "2023-06", "2024-10"], view.Items.Where(i => i.Text.StartsWith("FastNet", StringComparison.Ordinal)).Select(i => i.Date));
        Assert.Equal(view.Items.Select(i => i.Date).Order(StringComparer.Ordinal), view.Items.Select(i => i.Date));
        var adopted = Assert.Single(view.Items, i => i.Date == "2024-10");
        Assert.Contains(adopted.Facts, f => f.Rel == FactType.ADOPTED && f.From.Name == "NVIDIA");

        // The lineage sentence is no news item; the ICLR'19 publication it states dates it.
        var lineage = Assert.Single(view.Items, i => i.Date == "2019");
        Assert.Contains(lineage.Facts, f => f.Rel == FactType.PUBLISHED_AT && f.To.Id == "venue:iclr" && f.Year == 2019);
        Assert.DoesNotContain(view.Items, i => i.Text.Contains("GlowNet", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Timeline_of_a_page_owner_holds_every_dated_item_of_the_page()
    {
        var view = await Queries.TimelineAsync("Ada Quill");

        // Ada Quill is the page's subject: all eight dated news items are hers, the other page's none.
        Assert.Equal(8, view.Items.Count);
        Assert.All(view.Items, i => Assert.Equal("ada-quill.txt", i.Doc));
        Assert.Contains(view.Items, i => i.Text.Contains("SwiftSeg is integrated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Entities_match_part_of_a_name_best_first_and_filter_by_kind()
    {
        var projects = await Queries.EntitiesAsync("net", EntityKind.Project);
        Assert.Contains(projects.Entities, e => e.Id == "project:fastnet");
        Assert.Contains(projects.Entities, e => e.Id == "project:glownet");
        Assert.All(projects.Entities, e => Assert.Contains(EntityKind.Project, e.Kinds));

        var exact = await Queries.EntitiesAsync("tinydet", null);
        Assert.Equal("project:tinydet", exact.Entities[0].Id);

        var page = await Queries.EntitiesAsync(null, null, limit: 2, offset: 1);
        Assert.Equal(2, page.Entities.Count);
        Assert.True(page.Total > 3);
    }

    [Fact]
    public async Task Search_by_kind_keeps_items_that_mention_an_entity_of_that_kind()
    {
        var all = await Queries.SearchAsync("FastNet", null, null, null, 100);
        var withProduct = await Queries.SearchAsync("FastNet", null, null, null, EntityKind.Product, 100);

        Assert.True(withProduct.Total < all.Total);
        Assert.NotEmpty(withProduct.Hits);
        Assert.All(withProduct.Hits, h => Assert.Contains(h.Entities, e => e.Kinds.Contains(EntityKind.Product)));
    }
}
