using ResearchGraph.Domain;
using ResearchGraph.Graph;
using ResearchGraph.Queries.Tests.Support;

namespace ResearchGraph.Queries.Tests;

/// <summary>The query use cases over a graph and index the Ingestor filled from <see cref="SamplePages"/>.</summary>
public sealed class GraphQueriesTests(SampleGraph graph) : IClassFixture<SampleGraph>
{
    private GraphQueries Queries => graph.Queries;

    [Theory]
    [InlineData("FastNet", "project:fastnet")]
    [InlineData("fastnet", "project:fastnet")]
    [InlineData("  TINYDET ", "project:tinydet")]
    [InlineData("intel openvino toolkit", "product:openvino")]
    [InlineData("nvidia tensorrt", "product:tensorrt")]
    [InlineData("Venue:NeurIPS", "venue:neurips")]
    public async Task Resolve_is_case_insensitive_over_ids_names_and_aliases(string name, string expectedId) =>
        Assert.Equal(expectedId, (await Queries.ResolveAsync(name, null)).Id);

    [Theory]
    [InlineData(EntityKind.Project, "project:vino-lite")]
    [InlineData(EntityKind.Product, "product:openvino")]
    [InlineData(null, "product:openvino")]
    [InlineData(EntityKind.Company, "product:openvino")]
    public async Task Resolve_prefers_the_requested_kind_then_the_exact_name(EntityKind? preferred, string expectedId)
    {
        // "OpenVINO" is the product's name and the alias the page gives the project Vino Lite.
        Assert.Equal(expectedId, (await Queries.ResolveAsync("openvino", preferred)).Id);
    }

    [Fact]
    public async Task Unknown_name_throws_entity_not_found_naming_it()
    {
        var e = await Assert.ThrowsAsync<EntityNotFoundException>(() => Queries.ResolveAsync("Nobody Net", null));

        Assert.Contains("Nobody Net", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queries_by_an_unknown_name_throw_entity_not_found()
    {
        await Assert.ThrowsAsync<EntityNotFoundException>(() => Queries.LineageAsync("Nobody Net", LineageDirection.Both, 1));
        await Assert.ThrowsAsync<EntityNotFoundException>(() => Queries.AdoptersAsync(null, "Nobody Corp"));
        await Assert.ThrowsAsync<EntityNotFoundException>(() => Queries.PathAsync("FastNet", "Nobody Net"));
        await Assert.ThrowsAsync<EntityNotFoundException>(() => Queries.EntityAsync("Nobody Net"));
    }

    [Fact]
    public async Task Lineage_edges_are_sorted_by_from_name_then_to_name()
    {
        var lineage = await Queries.LineageAsync("fastnet", LineageDirection.Down, 2);

        Assert.Equal("project:fastnet", lineage.Root.Id);
        Assert.Equal(
            [("FastNet", "AtomNet"), ("FastNet", "TinyDet"), ("TinyDet", "SwiftSeg")],
            lineage.Edges.Select(e => (e.From.Name, e.To.Name)));
        Assert.All(lineage.Edges, e => Assert.Contains("=>", Assert.Single(e.Evidence).Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lineage_follows_the_direction_and_depth_asked()
    {
        var down = await Queries.LineageAsync("FastNet", LineageDirection.Down, 1);
        var up = await Queries.LineageAsync("SwiftSeg", LineageDirection.Up, 2);

        Assert.Equal([("FastNet", "AtomNet"), ("FastNet", "TinyDet")], down.Edges.Select(e => (e.From.Name, e.To.Name)));
        Assert.Equal([("FastNet", "TinyDet"), ("TinyDet", "SwiftSeg")], up.Edges.Select(e => (e.From.Name, e.To.Name)));
    }

    [Fact]
    public async Task Lineage_depth_below_one_is_rejected() =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Queries.LineageAsync("FastNet", LineageDirection.Both, 0));

    [Fact]
    public async Task Adopters_are_sorted_by_company_adopted_and_year()
    {
        var view = await Queries.AdoptersAsync(null, null);

        Assert.Equal(
            [
                ("Intel", "FastNet", 2023, "OpenVINO"),
                ("Intel", "SwiftSeg", 2023, "OpenVINO"),
                ("NVIDIA", "FastNet", 2022, "TensorRT"),
                ("NVIDIA", "FastNet", 2024, "TensorRT"),
                ("NVIDIA", "TinyDet", 2024, "TensorRT"),
            ],
            view.Adopters.Select(a => (a.Company.Name, a.Adopted.Name, a.Year, a.Via?.Name)));
        Assert.All(view.Adopters, a => Assert.NotEmpty(a.Evidence));
    }

    [Fact]
    public async Task Adopters_filter_by_company()
    {
        var view = await Queries.AdoptersAsync(null, "nvidia");

        Assert.Equal(
            [("FastNet", 2022), ("FastNet", 2024), ("TinyDet", 2024)],
            view.Adopters.Select(a => (a.Adopted.Name, a.Year)));
        Assert.All(view.Adopters, a => Assert.Equal("org:nvidia", a.Company.Id));
    }

    [Fact]
    public async Task Adopters_filter_by_what_was_adopted_and_by_both()
    {
        var ofFastNet = await Queries.AdoptersAsync("FastNet", null);
        var intelOfFastNet = await Queries.AdoptersAsync("FastNet", "Intel");

        Assert.Equal([("Intel", 2023), ("NVIDIA", 2022), ("NVIDIA", 2024)], ofFastNet.Adopters.Select(a => (a.Company.Name, a.Year)));
        var only = Assert.Single(intelOfFastNet.Adopters);
        Assert.Equal(("org:intel", "project:fastnet", "product:openvino"), (only.Company.Id, only.Adopted.Id, only.Via?.Id));
    }

    [Fact]
    public async Task Path_finds_the_chain_with_each_fact_in_its_own_direction()
    {
        var path = await Queries.PathAsync("SwiftSeg", "nvidia");

        Assert.Equal(("project:swiftseg", "org:nvidia"), (path.From.Id, path.To.Id));
        Assert.Equal(
            [("project:tinydet", FactType.PRECEDES, "project:swiftseg"), ("org:nvidia", FactType.ADOPTED, "project:tinydet")],
            path.Steps.Select(s => (s.From.Id, s.Rel, s.To.Id)));
        Assert.All(path.Steps, s => Assert.NotEmpty(s.Evidence));
    }

    [Fact]
    public async Task Path_between_unconnected_entities_throws()
    {
        var e = await Assert.ThrowsAsync<EntityNotFoundException>(() => Queries.PathAsync("GlowNet", "FastNet"));

        Assert.Contains("GlowNet", e.Message, StringComparison.Ordinal);
        Assert.Contains("FastNet", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Path_from_an_entity_to_itself_has_no_steps() =>
        Assert.Empty((await Queries.PathAsync("FastNet", "fastnet")).Steps);

    [Fact]
    public async Task Entity_lists_its_facts_in_and_out_sorted_by_relation()
    {
        var view = await Queries.EntityAsync("TinyDet");

        Assert.Equal("project:tinydet", view.Entity.Id);
        Assert.Equal(
            [
                (FactType.PUBLISHED_AT, "TinyDet", "ECCV", (int?)2018),
                (FactType.PUBLISHED_AT, "TinyDet", "ICLR", 2022),
                (FactType.ADOPTED, "NVIDIA", "TinyDet", 2024),
                (FactType.PRECEDES, "FastNet", "TinyDet", null),
                (FactType.PRECEDES, "TinyDet", "SwiftSeg", null),
            ],
            view.Facts.Select(f => (f.Rel, f.From.Name, f.To.Name, f.Year)));
    }

    [Fact]
    public async Task Search_returns_hits_with_entity_refs_and_facets()
    {
        var view = await Queries.SearchAsync("FastNet", null, null, null, 10);

        Assert.Equal(4, view.Total);
        Assert.Equal(4, view.Hits.Count);
        Assert.All(view.Hits, h =>
        {
            Assert.Equal("ada-quill.txt", h.Doc);
            Assert.Contains("<mark>FastNet</mark>", h.Highlight, StringComparison.Ordinal);
            var fastNet = Assert.Single(h.Entities, e => e.Id == "project:fastnet");
            Assert.Equal("FastNet", fastNet.Name);
            Assert.Equal([EntityKind.Project], fastNet.Kinds);
        });
        Assert.Equal(["2022-02", "2023-03", "2023-06", "2024-10"], view.Hits.Select(h => h.Date).Order(StringComparer.Ordinal));
        Assert.Contains(view.Hits, h => h.Date == "2023-06" && h.Entities.Any(e => e.Id == "product:openvino"));

        var top = view.Facets.Entities[0];
        Assert.Equal(("project:fastnet", "FastNet", 4), (top.Id, top.Name, top.Count));
        Assert.Equal(2, view.Facets.Entities.Single(e => e.Id == "org:nvidia").Count);
        Assert.Equal(3, view.Facets.Kinds["Company"]);
        Assert.Equal(1, view.Facets.Kinds["Venue"]);
    }

    [Fact]
    public async Task Search_filters_by_entity_and_by_dates()
    {
        var withNvidia = await Queries.SearchAsync("FastNet", null, null, "NVIDIA", 10);
        var in2023 = await Queries.SearchAsync("FastNet", "2023", "2023", null, 10);

        Assert.Equal(["2022-02", "2024-10"], withNvidia.Hits.Select(h => h.Date).Order(StringComparer.Ordinal));
        Assert.All(withNvidia.Hits, h => Assert.Contains(h.Entities, e => e.Id == "org:nvidia"));
        Assert.Equal(["2023-03", "2023-06"], in2023.Hits.Select(h => h.Date).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Search_pages_with_limit_and_offset()
    {
        var all = await Queries.SearchAsync("FastNet", null, null, null, 10);
        var second = await Queries.SearchAsync("FastNet", null, null, null, 1, offset: 1);

        Assert.Equal(4, second.Total);
        Assert.Equal(all.Hits[1].Text + all.Hits[1].Date, Assert.Single(second.Hits).Text + second.Hits[0].Date);
    }

    [Fact]
    public async Task Export_is_byte_identical_across_calls()
    {
        var first = QueryJson.Serialize(await Queries.ExportAsync());
        var second = QueryJson.Serialize(await Queries.ExportAsync());

        Assert.Equal(first, second);
        Assert.Contains("\"id\": \"project:fastnet\"", first, StringComparison.Ordinal);
        Assert.Contains("\"rel\": \"PRECEDES\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_holds_both_documents_and_their_facts()
    {
        var export = await Queries.ExportAsync();

        Assert.Equal(["ada-quill.txt", "bo-lantern.txt"], export.Documents.Select(d => d.Doc).Order(StringComparer.Ordinal));
        Assert.Contains(export.Facts, f => f.Id == FactIds.For(FactType.PUBLISHED_AT, "project:glownet", "venue:cvpr", 2021, null));
        Assert.Contains(export.Facts, f => f.Id == FactIds.For(FactType.SPONSORS, "org:sony", "person:ada-quill", null, null));
        Assert.All(export.Facts, f => Assert.NotEmpty(f.Evidence));
    }
}
