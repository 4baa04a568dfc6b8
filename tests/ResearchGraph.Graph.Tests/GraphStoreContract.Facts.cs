using ResearchGraph.Domain;
using ResearchGraph.Graph.Tests.Support;

namespace ResearchGraph.Graph.Tests;

public abstract partial class GraphStoreContract
{
    [ContractFact]
    public async Task Fact_round_trips_with_its_identity_properties_and_evidence()
    {
        await ReplaceAsync(Some.Document("han.txt").WithFact(
            FactType.ADOPTED, "org:intel", "technique:haq", year: 2021, via: "product:openvino", start: 7,
            text: "Intel integrated HAQ into OpenVINO", date: "2021-06", properties: new Dictionary<string, string> { ["note"] = "toolkit" }));

        var fact = Assert.Single((await Store.ExportAsync()).Facts);

        Assert.Equal(GraphJson.Of(new Fact(
            FactIds.For(FactType.ADOPTED, "org:intel", "technique:haq", 2021, "product:openvino"),
            FactType.ADOPTED, "org:intel", "technique:haq", 2021, "product:openvino",
            new Dictionary<string, string> { ["note"] = "toolkit" },
            [new Evidence("han.txt", "2021-06", "Intel integrated HAQ into OpenVINO", 7, 41)])), GraphJson.Of(fact));
    }

    [ContractFact]
    public async Task Fact_without_year_or_via_keeps_them_null()
    {
        await ReplaceAsync(Some.Document("han.txt").WithFact(FactType.ADVISED_BY, "person:ji-lin", Han));

        var fact = Assert.Single((await Store.ExportAsync()).Facts);

        Assert.Null(fact.Year);
        Assert.Null(fact.Via);
        Assert.Empty(fact.Properties);
    }

    [ContractFact]
    public async Task Fact_without_evidence_is_not_kept()
    {
        await ReplaceAsync(Some.Document("a.txt").WithFactWithoutEvidence(FactType.USES, "project:a", "technique:b"));

        Assert.Empty((await Store.ExportAsync()).Facts);
    }

    [ContractFact]
    public async Task Changed_document_replaces_exactly_its_own_facts()
    {
        await ReplaceAsync(
            Some.Document("a.txt").WithFact(FactType.RECEIVED, Han, "award:sony", 2017).WithFact(FactType.AFFILIATED_WITH, Han, Mit, start: 5),
            Some.Document("b.txt").WithFact(FactType.AFFILIATED_WITH, Han, Mit, start: 9).WithFact(FactType.SPONSORS, Amazon, Han));

        await ReplaceAsync(Some.Document("a.txt").WithHash("changed").WithFact(FactType.RECEIVED, Han, "award:sony", 2018));

        var facts = (await Store.ExportAsync()).Facts.ToDictionary(f => f.Id);
        Assert.Equal(
            new[]
            {
                Some.FactId(FactType.RECEIVED, Han, "award:sony", 2018),
                Some.FactId(FactType.AFFILIATED_WITH, Han, Mit),
                Some.FactId(FactType.SPONSORS, Amazon, Han),
            }.Order(StringComparer.Ordinal),
            facts.Keys);
        Assert.Equal([("b.txt", 9)], facts[Some.FactId(FactType.AFFILIATED_WITH, Han, Mit)].Evidence.Select(e => (e.Doc, e.Start)));
        Assert.Equal(["a.txt"], facts[Some.FactId(FactType.RECEIVED, Han, "award:sony", 2018)].Evidence.Select(e => e.Doc));
    }

    [ContractFact]
    public async Task Shared_fact_keeps_every_documents_evidence()
    {
        await ReplaceAsync(
            Some.Document("a.txt").WithFact(FactType.AFFILIATED_WITH, Han, Mit, start: 5),
            Some.Document("b.txt").WithFact(FactType.AFFILIATED_WITH, Han, Mit, start: 9));

        var fact = Assert.Single((await Store.ExportAsync()).Facts);

        Assert.Equal([("a.txt", 5), ("b.txt", 9)], fact.Evidence.Select(e => (e.Doc, e.Start)));
    }

    [ContractFact]
    public async Task Evidence_is_sorted_by_doc_then_start()
    {
        await ReplaceAsync(
            Some.Document("b.txt").WithFact(FactType.USES, "project:a", "technique:x", start: 30).WithFact(FactType.USES, "project:a", "technique:x", start: 4),
            Some.Document("a.txt").WithFact(FactType.USES, "project:a", "technique:x", start: 100).WithFact(FactType.USES, "project:a", "technique:x", start: 20),
            Some.Document("B.txt").WithFact(FactType.USES, "project:a", "technique:x", start: 50));

        var fact = Assert.Single((await Store.ExportAsync()).Facts);

        Assert.Equal([("B.txt", 50), ("a.txt", 20), ("a.txt", 100), ("b.txt", 4), ("b.txt", 30)], fact.Evidence.Select(e => (e.Doc, e.Start)));
    }

    [ContractFact]
    public async Task Evidence_with_the_same_doc_and_start_is_ordered_by_path()
    {
        await ReplaceAsync(
            Some.Document("a.txt").AtPath("/pages/z/a.txt").WithFact(FactType.USES, "project:a", "technique:x", text: "from z"),
            Some.Document("a.txt").AtPath("/pages/y/a.txt").WithFact(FactType.USES, "project:a", "technique:x", text: "from y"));

        var fact = Assert.Single((await Store.ExportAsync()).Facts);

        Assert.Equal(["from y", "from z"], fact.Evidence.Select(e => e.Text));
    }

    [ContractFact]
    public async Task Properties_come_from_the_first_document_by_path_that_gives_any()
    {
        await ReplaceAsync(
            Some.Document("c.txt").WithFact(FactType.EDUCATED_AT, Han, "org:stanford", properties: new Dictionary<string, string> { ["degree"] = "PhD" }),
            Some.Document("a.txt").WithFact(FactType.EDUCATED_AT, Han, "org:stanford"),
            Some.Document("b.txt").WithFact(FactType.EDUCATED_AT, Han, "org:stanford", properties: new Dictionary<string, string> { ["degree"] = "Ph.D.", ["field"] = "EE" }));

        var fact = Assert.Single((await Store.ExportAsync()).Facts);
        await Store.ForgetDocumentAsync("/pages/b.txt");
        var afterForget = Assert.Single((await Store.ExportAsync()).Facts);

        Assert.Equal([new("degree", "Ph.D."), new("field", "EE")], fact.Properties.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal([new KeyValuePair<string, string>("degree", "PhD")], afterForget.Properties);
    }

    [ContractFact]
    public async Task Facts_are_sorted_by_ordinal_id()
    {
        var document = Some.Document("a.txt");
        for (var year = 2000; year < 2030; year++)
        {
            document.WithFact(FactType.RECEIVED, Han, "award:sony", year);
        }

        await ReplaceAsync(document);
        var ids = (await Store.ExportAsync()).Facts.Select(f => f.Id).ToList();

        Assert.Equal(30, ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [ContractFact]
    public async Task Find_facts_filters_by_every_criterion_combined()
    {
        await ReplaceAsync(Some.Document("a.txt")
            .WithFact(FactType.PUBLISHED_AT, "project:tsm", "venue:iccv", 2019)
            .WithFact(FactType.PUBLISHED_AT, "project:haq", "venue:cvpr", 2019)
            .WithFact(FactType.PUBLISHED_AT, "project:amc", "venue:eccv", 2018)
            .WithFact(FactType.ADOPTED, "org:intel", "technique:haq", 2021, "product:openvino")
            .WithFact(FactType.SPONSORS, "org:intel", Han, 2019)
            .WithFact(FactType.USES, "product:openvino", "technique:quantization"));

        async Task<string[]> Find(FactQuery query) =>
            [.. (await Store.FindFactsAsync(query)).Select(f => $"{f.Rel} {f.From} {f.To}")];

        Assert.Equal(6, (await Store.FindFactsAsync(new FactQuery())).Count);
        Assert.Equal(
            new[] { "PUBLISHED_AT project:tsm venue:iccv", "PUBLISHED_AT project:haq venue:cvpr" }.Order(),
            (await Find(new FactQuery(Rel: FactType.PUBLISHED_AT, Year: 2019))).Order());
        Assert.Equal(["PUBLISHED_AT project:amc venue:eccv"], await Find(new FactQuery(To: "venue:eccv")));
        Assert.Equal(
            new[] { "ADOPTED org:intel technique:haq", "SPONSORS org:intel person:song-han" }.Order(),
            (await Find(new FactQuery(From: "org:intel"))).Order());
        Assert.Equal(["SPONSORS org:intel person:song-han"], await Find(new FactQuery(From: "org:intel", Year: 2019)));
        Assert.Empty(await Find(new FactQuery(Rel: FactType.USES, From: "org:intel")));
    }

    [ContractFact]
    public async Task Find_facts_touching_matches_from_to_or_via()
    {
        await ReplaceAsync(Some.Document("a.txt")
            .WithFact(FactType.ADOPTED, "org:intel", "technique:haq", 2021, "product:openvino")
            .WithFact(FactType.USES, "product:openvino", "technique:quantization")
            .WithFact(FactType.AFFILIATED_WITH, "person:x", "product:openvino")
            .WithFact(FactType.AFFILIATED_WITH, "person:x", Mit));

        var touching = await Store.FindFactsAsync(new FactQuery(Touching: "product:openvino"));
        var touchingAdopted = await Store.FindFactsAsync(new FactQuery(Rel: FactType.ADOPTED, Touching: "product:openvino"));

        Assert.Equal(
            new[]
            {
                Some.FactId(FactType.ADOPTED, "org:intel", "technique:haq", 2021, "product:openvino"),
                Some.FactId(FactType.USES, "product:openvino", "technique:quantization"),
                Some.FactId(FactType.AFFILIATED_WITH, "person:x", "product:openvino"),
            }.Order(StringComparer.Ordinal),
            touching.Select(f => f.Id));
        Assert.Equal([FactType.ADOPTED], touchingAdopted.Select(f => f.Rel));
    }

    [ContractFact]
    public async Task Find_facts_returns_all_evidence_of_each_fact()
    {
        await ReplaceAsync(
            Some.Document("a.txt").WithFact(FactType.SPONSORS, Amazon, Han, 2020, start: 3),
            Some.Document("b.txt").WithFact(FactType.SPONSORS, Amazon, Han, 2020, start: 1));

        var fact = Assert.Single(await Store.FindFactsAsync(new FactQuery(Year: 2020)));

        Assert.Equal(["a.txt", "b.txt"], fact.Evidence.Select(e => e.Doc));
    }
}
