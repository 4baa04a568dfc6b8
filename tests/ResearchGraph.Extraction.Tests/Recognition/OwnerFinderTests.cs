using ResearchGraph.Extraction.Recognition;
using ResearchGraph.Extraction.Tests.Support;
using ResearchGraph.Reading;

namespace ResearchGraph.Extraction.Tests.Recognition;

public sealed class OwnerFinderTests
{
    private static string? OwnerOf(string content, PageFormat format) => OwnerFinder.Find(PageReader.Read(content, format))?.Name;

    public static TheoryData<string, string> SampleOwners()
    {
        var data = new TheoryData<string, string>();
        foreach (var (doc, owner) in SamplePages.GoldOwners())
        {
            data.Add(doc, owner);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleOwners))]
    public void Every_sample_page_finds_its_gold_owner(string doc, string owner)
    {
        Assert.Equal(owner, OwnerFinder.Find(SamplePages.Read(doc))?.Name);
    }

    [Fact]
    public void A_front_matter_name_names_the_owner_of_an_about_page()
    {
        var markdown = "---\ntitle: \"About\"\nauthor_profile: true\nname: Lena Marsh\n---\n\nAbout me\n======\n\nI study compilers.\n";
        Assert.Equal("Lena Marsh", OwnerOf(markdown, PageFormat.Markdown));
    }

    [Fact]
    public void A_front_matter_author_map_names_the_owner()
    {
        var markdown = "---\ntitle: Welcome\nauthor:\n  name: Lena Marsh\n  avatar: me.png\n---\n\nHello.\n";
        Assert.Equal("Lena Marsh", OwnerOf(markdown, PageFormat.Markdown));
    }

    [Theory]
    [InlineData("Tomás Lindqvist")]
    [InlineData("Zoë Ødegård")]
    [InlineData("Jürgen Müller-Lüdenscheidt")]
    [InlineData("Siobhán O'Connor")]
    public void Names_with_letters_beyond_ascii_are_names(string name)
    {
        Assert.Equal(name, OwnerOf($"---\ntitle: {name}\nrole: Professor\n---\n\nHi.\n", PageFormat.Markdown));
        Assert.True(OwnerFinder.LooksLikePerson(name));
    }

    [Theory]
    [InlineData("MARISOL QUINTERO-HALE", "Marisol Quintero-Hale")]
    [InlineData("JUAN DE LA CRUZ", "Juan de la Cruz")]
    [InlineData("SIOBHÁN O'CONNOR", "Siobhán O'Connor")]
    public void An_all_capitals_first_line_of_a_cv_is_title_cased(string line, string name)
    {
        Assert.Equal(name, OwnerOf($"{line}\nAssociate Professor, Some University\n\nEDUCATION\n2014   Ph.D., Physics\n", PageFormat.Text));
    }

    [Theory]
    [InlineData("CURRICULUM VITAE")]
    [InlineData("INDUSTRY IMPACT")]
    [InlineData("HONORS AND AWARDS")]
    [InlineData("Selected Publications")]
    public void Section_titles_are_not_names(string line)
    {
        Assert.Null(OwnerOf($"{line}\n\n2014   Ph.D., Physics, Some University\n", PageFormat.Text));
    }

    [Theory]
    [InlineData("Dr. Lena Marsh", "Lena Marsh")]
    [InlineData("Prof. Lena Marsh - Homepage", "Lena Marsh")]
    [InlineData("Lena Marsh, Ph.D.", "Lena Marsh")]
    public void Titles_and_degrees_around_a_name_are_dropped(string title, string name)
    {
        Assert.Equal(name, OwnerOf($"<html><head><title>{title}</title></head><body><p>Hi.</p></body></html>", PageFormat.Html));
    }

    [Fact]
    public void A_readme_is_owned_by_the_group_that_develops_its_project()
    {
        var markdown = "# Kite: Small Detectors\n\nKite is developed by the Robust Vision Lab at Some University.\n\n## Citation\n\nIf Kite is useful, please cite it.\n";
        Assert.Equal(("Robust Vision Lab", true), OwnerFinder.Find(PageReader.Read(markdown, PageFormat.Markdown)));
    }

    [Fact]
    public void A_sentence_opening_with_a_conjunction_is_not_a_bio()
    {
        Assert.Null(OwnerOf("# Kite\n\nIf Kite is useful, please cite it.\n", PageFormat.Markdown));
    }
}
