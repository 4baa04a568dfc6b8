using ResearchGraph.Domain;
using ResearchGraph.Graph.Tests.Support;

namespace ResearchGraph.Graph.Tests;

public abstract partial class GraphStoreContract
{
    [ContractFact]
    public async Task Entity_merges_the_statements_of_every_document()
    {
        await ReplaceAsync(
            Some.Document("a.txt").WithEntity(Amazon, "Amazon", EntityKind.Company, "AWS"),
            Some.Document("b.txt").WithEntity(Amazon, "Amazon", [EntityKind.Sponsor, EntityKind.Company], "Amazon Web Services", "AWS"));

        var entity = Assert.Single((await Store.ExportAsync()).Entities);

        Assert.Equal(GraphJson.Of(new Entity(Amazon, "Amazon", [EntityKind.Company, EntityKind.Sponsor], ["AWS", "Amazon Web Services"])), GraphJson.Of(entity));
    }

    [ContractFact]
    public async Task Kinds_come_in_enum_order()
    {
        await ReplaceAsync(Some.Document("a.txt").WithEntity(Mit, "MIT", [EntityKind.Institution, EntityKind.Sponsor, EntityKind.Company]));

        var entity = Assert.Single(await Store.GetEntitiesAsync([Mit]));

        Assert.Equal([EntityKind.Company, EntityKind.Sponsor, EntityKind.Institution], entity.Kinds);
    }

    [ContractFact]
    public async Task Merged_name_is_the_ordinal_smallest_and_other_names_become_aliases()
    {
        await ReplaceAsync(
            Some.Document("a.txt").WithEntity("project:mcunetv2", "MCUNetV2", EntityKind.Project, "MCUNet-v2"),
            Some.Document("b.txt").WithEntity("project:mcunetv2", "MCUNet V2", EntityKind.Project, "mcunetv2", "MCUNetV2"));

        var entity = Assert.Single(await Store.GetEntitiesAsync(["project:mcunetv2"]));

        Assert.Equal("MCUNet V2", entity.Name);
        Assert.Equal(["MCUNet-v2", "MCUNetV2", "mcunetv2"], entity.Aliases);
    }

    [ContractFact]
    public async Task Aliases_never_repeat_the_name()
    {
        await ReplaceAsync(Some.Document("a.txt").WithEntity("project:ofa", "OFA", EntityKind.Project, "OnceForAll", "OFA", "Once-for-All Network", "OnceForAll"));

        var entity = Assert.Single(await Store.GetEntitiesAsync(["project:ofa"]));

        Assert.Equal(["Once-for-All Network", "OnceForAll"], entity.Aliases);
    }

    [ContractFact]
    public async Task Kinds_and_aliases_come_and_go_with_the_documents_stating_them()
    {
        await ReplaceAsync(
            Some.Document("a.txt").WithEntity(Amazon, "Amazon", EntityKind.Company, "AWS"),
            Some.Document("b.txt").WithEntity(Amazon, "Amazon", EntityKind.Sponsor, "Amazon.com"));

        await ReplaceAsync(Some.Document("b.txt").WithHash("changed").WithEntity(Amazon, "Amazon", EntityKind.Company));
        var afterChange = Assert.Single(await Store.GetEntitiesAsync([Amazon]));
        await Store.ForgetDocumentAsync("/pages/a.txt");
        var afterForget = Assert.Single(await Store.GetEntitiesAsync([Amazon]));

        Assert.Equal([EntityKind.Company], afterChange.Kinds);
        Assert.Equal(["AWS"], afterChange.Aliases);
        Assert.Equal([EntityKind.Company], afterForget.Kinds);
        Assert.Empty(afterForget.Aliases);
    }

    [ContractFact]
    public async Task Entity_exists_only_while_some_document_names_it()
    {
        await ReplaceAsync(
            Some.Document("a.txt").WithEntity(Han, "Song Han", EntityKind.Person),
            Some.Document("b.txt").WithEntity(Han, "Song Han", EntityKind.Person).WithEntity(Mit, "MIT", EntityKind.Institution));

        await ReplaceAsync(Some.Document("b.txt").WithHash("changed"));

        Assert.Equal([Han], (await Store.ExportAsync()).Entities.Select(e => e.Id));
        Assert.Empty(await Store.ResolveAsync("MIT"));
        await Store.ForgetDocumentAsync("/pages/a.txt");
        Assert.Empty((await Store.ExportAsync()).Entities);
    }

    [ContractFact]
    public async Task Export_sorts_entities_by_ordinal_id()
    {
        await ReplaceAsync(Some.Document("a.txt")
            .WithEntity("venue:iclr", "ICLR", EntityKind.Venue)
            .WithEntity("org:Zeta", "Zeta", EntityKind.Company)
            .WithEntity("org:amazon", "Amazon", EntityKind.Company)
            .WithEntity("org:a-b", "A B", EntityKind.Company));

        Assert.Equal(["org:Zeta", "org:a-b", "org:amazon", "venue:iclr"], (await Store.ExportAsync()).Entities.Select(e => e.Id));
    }

    [ContractFact]
    public async Task Resolve_matches_an_alias_case_insensitively()
    {
        await ReplaceAsync(Some.Document("a.txt").WithEntity("project:ofa", "Once-for-All", EntityKind.Project, "OFA"));

        var found = await Store.ResolveAsync("ofa");

        Assert.Equal(["project:ofa"], found.Select(e => e.Id));
        Assert.Equal("Once-for-All", found[0].Name);
    }

    [ContractFact]
    public async Task Resolve_matches_a_name_or_an_id_case_insensitively()
    {
        await ReplaceAsync(Some.Document("a.txt").WithEntity(Han, "Song Han", EntityKind.Person));

        Assert.Equal([Han], (await Store.ResolveAsync("SONG HAN")).Select(e => e.Id));
        Assert.Equal([Han], (await Store.ResolveAsync("Person:Song-Han")).Select(e => e.Id));
        Assert.Empty(await Store.ResolveAsync("Song"));
    }

    [ContractFact]
    public async Task Resolve_lower_cases_beyond_ascii()
    {
        await ReplaceAsync(Some.Document("a.txt").WithEntity("org:epfl", "École Polytechnique Fédérale", EntityKind.Institution, "ΕΠΦΛ"));

        Assert.Equal(["org:epfl"], (await Store.ResolveAsync("ÉCOLE POLYTECHNIQUE FÉDÉRALE")).Select(e => e.Id));
        Assert.Equal(["org:epfl"], (await Store.ResolveAsync("επφλ")).Select(e => e.Id));
    }

    [ContractFact]
    public async Task Resolve_returns_every_match_sorted_by_id()
    {
        await ReplaceAsync(Some.Document("a.txt")
            .WithEntity("project:tsm", "TSM", EntityKind.Project)
            .WithEntity("technique:tsm", "Temporal Shift Module", EntityKind.Technique, "tsm")
            .WithEntity("award:tsm", "Best Paper", EntityKind.Award, "TSM"));

        Assert.Equal(["award:tsm", "project:tsm", "technique:tsm"], (await Store.ResolveAsync("Tsm")).Select(e => e.Id));
    }

    [ContractFact]
    public async Task Resolve_forgets_an_alias_when_its_document_goes()
    {
        await ReplaceAsync(
            Some.Document("a.txt").WithEntity(Amazon, "Amazon", EntityKind.Company, "AWS"),
            Some.Document("b.txt").WithEntity(Amazon, "Amazon", EntityKind.Company));

        await Store.ForgetDocumentAsync("/pages/a.txt");

        Assert.Empty(await Store.ResolveAsync("aws"));
        Assert.Equal([Amazon], (await Store.ResolveAsync("amazon")).Select(e => e.Id));
    }

    [ContractFact]
    public async Task Get_entities_leaves_out_unknown_ids_and_sorts_by_id()
    {
        await ReplaceAsync(Some.Document("a.txt")
            .WithEntity(Mit, "MIT", EntityKind.Institution)
            .WithEntity(Han, "Song Han", EntityKind.Person)
            .WithEntity(Amazon, "Amazon", EntityKind.Company));

        var entities = await Store.GetEntitiesAsync([Han, "org:unknown", Amazon]);

        Assert.Equal([Amazon, Han], entities.Select(e => e.Id));
        Assert.Empty(await Store.GetEntitiesAsync([]));
    }
}
