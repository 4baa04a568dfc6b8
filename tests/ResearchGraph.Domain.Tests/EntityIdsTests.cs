using ResearchGraph.Domain;

namespace ResearchGraph.Domain.Tests;

public sealed class EntityIdsTests
{
    [Theory]
    [InlineData("MIT-IBM Watson AI Lab", "mit-ibm-watson-ai-lab")]
    [InlineData("MAX78000/MAX78002 Model Training and Synthesis Tool", "max78000-max78002-model-training-and-synthesis-tool")]
    [InlineData("TinyML", "tinyml")]
    [InlineData("GPT-4o", "gpt-4o")]
    public void Slug_lower_cases_and_turns_runs_of_other_characters_into_one_dash(string name, string expected) =>
        Assert.Equal(expected, EntityIds.Slug(name));

    [Theory]
    [InlineData("Zürich Lab", "z-rich-lab")]
    [InlineData("Ünal", "nal")]
    [InlineData("Café", "caf")]
    [InlineData("Łukasz Nowak", "ukasz-nowak")]
    public void Slug_turns_non_ascii_letters_into_dashes(string name, string expected) =>
        Assert.Equal(expected, EntityIds.Slug(name));

    [Theory]
    [InlineData("  (Frugal Group)  ", "frugal-group")]
    [InlineData("--a--", "a")]
    [InlineData("...x.y...", "x-y")]
    public void Slug_trims_dashes_at_both_ends(string name, string expected) =>
        Assert.Equal(expected, EntityIds.Slug(name));

    [Fact]
    public void Slug_of_only_punctuation_is_empty() => Assert.Equal("", EntityIds.Slug(" -/- "));

    [Fact]
    public void Slug_rejects_null() => Assert.Throws<ArgumentNullException>(() => EntityIds.Slug(null!));

    [Theory]
    [InlineData(EntityKind.Person, "person")]
    [InlineData(EntityKind.Project, "project")]
    [InlineData(EntityKind.Venue, "venue")]
    [InlineData(EntityKind.Company, "org")]
    [InlineData(EntityKind.Sponsor, "org")]
    [InlineData(EntityKind.Institution, "org")]
    [InlineData(EntityKind.Technique, "technique")]
    [InlineData(EntityKind.Award, "award")]
    [InlineData(EntityKind.Product, "product")]
    public void Each_kind_has_its_namespace(EntityKind kind, string expected) =>
        Assert.Equal(expected, EntityIds.Namespace(kind));

    [Fact]
    public void Unknown_kind_has_no_namespace() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EntityIds.Namespace((EntityKind)999));

    [Fact]
    public void Company_sponsor_and_institution_of_one_name_share_the_id()
    {
        var company = EntityIds.For(EntityKind.Company, "MIT-IBM Watson AI Lab");

        Assert.Equal("org:mit-ibm-watson-ai-lab", company);
        Assert.Equal(company, EntityIds.For(EntityKind.Sponsor, "MIT-IBM Watson AI Lab"));
        Assert.Equal(company, EntityIds.For(EntityKind.Institution, "MIT-IBM Watson AI Lab"));
    }

    [Fact]
    public void For_joins_namespace_and_slug()
    {
        Assert.Equal(
            "product:max78000-max78002-model-training-and-synthesis-tool",
            EntityIds.For(EntityKind.Product, "MAX78000/MAX78002 Model Training and Synthesis Tool"));
        Assert.Equal("project:fastnet", EntityIds.For(EntityKind.Project, "FastNet"));
    }

    [Fact]
    public void Scoped_person_is_slugged_first_name_at_slugged_document()
    {
        Assert.Equal("person:ji@song-han-txt", EntityIds.ForScopedPerson("Ji", "song-han.txt"));
        Assert.Equal("person:bo@pages-ada-quill-md", EntityIds.ForScopedPerson("Bo", "pages/ada quill.md"));
    }

    [Fact]
    public void Scoped_people_of_one_first_name_differ_per_document() =>
        Assert.NotEqual(EntityIds.ForScopedPerson("Ji", "a.txt"), EntityIds.ForScopedPerson("Ji", "b.txt"));
}
