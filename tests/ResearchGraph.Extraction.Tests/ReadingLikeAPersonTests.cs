using ResearchGraph.Domain;
using ResearchGraph.Extraction.Tests.Support;

namespace ResearchGraph.Extraction.Tests;

/// <summary>Phrasings a careful reader understands, each on an invented snippet.</summary>
public sealed class ReadingLikeAPersonTests
{
    private const string Profile = "Mara Quinn\n\nAssociate Professor, Westbrook University\n\n";

    [Theory]
    [InlineData("Their first chip, Kelpie, appeared at ISCA 2024.", "Kelpie", "ISCA", 2024)]
    [InlineData("Sorrel, a compiler that builds on Kelpie, is accepted to ASPLOS 2025.", "Sorrel", "ASPLOS", 2025)]
    [InlineData("Jul 2024: SorrelV2, the second version of Sorrel, to appear at MICRO 2024.", "SorrelV2", "MICRO", 2024)]
    [InlineData("Feb 2025: Leila's paper on Thistle will appear in MobiSys 2025.", "Thistle", "MobiSys", 2025)]
    public void The_name_is_read_out_of_appositives_and_possessives(string sentence, string project, string venue, int year)
    {
        var x = Extract.Text(Profile + sentence + "\n");
        Assert.Contains((project, venue, (int?)year, (string?)null), x.Facts(FactType.PUBLISHED_AT));
        Assert.DoesNotContain(x.Names(EntityKind.Project), n => n.Contains(',', StringComparison.Ordinal) || n.Contains('\'', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Nettle, a follow-up to Sundew, is accepted by MobiCom 2025.", "Sundew", "Nettle")]
    [InlineData("Kelpie appeared at ISCA 2024. Its successor, Kelpie-2, adds sparsity.", "Kelpie", "Kelpie-2")]
    [InlineData("CorvidNet-2 is the successor of CorvidNet.", "CorvidNet", "CorvidNet-2")]
    public void Lineage_stated_in_passing_is_a_lineage(string sentence, string earlier, string later)
    {
        var x = Extract.Text(Profile + sentence + "\n");
        Assert.Contains((earlier, later, (int?)null, (string?)null), x.Facts(FactType.PRECEDES));
    }

    [Theory]
    [InlineData("Many thanks to Bosch for a generous gift supporting our work.", "Bosch")]
    [InlineData("We thank Micron for the gift of evaluation boards.", "Micron")]
    [InlineData("This work was supported in part by DARPA and by a gift from Sony.", "SONY")]
    [InlineData("Our lab receives a grant from the NSF Secure and Trustworthy Cyberspace program.", "NSF")]
    public void Sponsors_thanked_or_named_in_a_program_are_sponsors(string sentence, string sponsor)
    {
        var x = Extract.Text(Profile + sentence + "\n");
        Assert.Contains(x.Facts(FactType.SPONSORS), f => f.From == sponsor && f.To == "Mara Quinn");
        Assert.DoesNotContain(x.Names(EntityKind.Sponsor), n => n == "NSF Secure");
    }

    [Fact]
    public void The_sponsor_of_someone_elses_workshop_is_not_the_owners()
    {
        var x = Extract.Text(Profile + "Mara co-organizes the TinyEdge workshop at ISCA 2025, which is sponsored by Cerebras.\n");
        Assert.Empty(x.Facts(FactType.SPONSORS));
    }

    [Theory]
    [InlineData("Sep 2024: Arm has adopted the tagging scheme of Kelpie in its reference firmware.", "ARM")]
    [InlineData("Kelpie has been deployed in production at Philips for ultrasound training.", "Philips")]
    [InlineData("Oct 2024: Kelpie now powers the wake-word demo in STMicroelectronics' examples.", "STMicroelectronics")]
    public void Adoptions_in_other_words_are_adoptions(string sentence, string company)
    {
        var x = Extract.Text(Profile + "Jan 2024: Kelpie is accepted to MobiSys 2024.\n" + sentence + "\n");
        Assert.Contains(x.Facts(FactType.ADOPTED), f => f.From == company && f.To == "Kelpie");
    }

    [Fact]
    public void A_sentence_states_the_year_of_an_adoption_it_does_not_date_otherwise()
    {
        var x = Extract.Text(Profile + "The Kelpie sampler was integrated into the Deep Graph Library by Amazon Web Services in 2023.\n");
        Assert.Contains(x.Facts(FactType.ADOPTED), f => f.From == "Amazon" && f.To == "Kelpie" && f.Year == 2023);
    }

    [Fact]
    public void Students_named_by_first_name_in_news_items_are_people_and_projects_are_not()
    {
        var x = Extract.Text(Profile + "- Feb 2025: Nettle is accepted by MobiCom 2025. Great work, Wei and Aiko!\n- Nov 2024: Wei and Lucas won the Best Demo Award at SenSys 2024.\n- Dec 2024: Tariq is selected as a 2025 Harbor Scholar. Congrats!\n");
        var people = x.Names(EntityKind.Person);
        Assert.Contains("Wei", people);
        Assert.Contains("Aiko", people);
        Assert.Contains("Lucas", people);
        Assert.Contains("Tariq", people);
        Assert.DoesNotContain("Nettle", people);
        Assert.Contains(("Lucas", "Best Demo Award", (int?)2024, (string?)null), x.Facts(FactType.RECEIVED));
    }

    [Fact]
    public void A_reference_entry_with_a_quoted_title_is_a_publication_and_a_talk_is_not()
    {
        var x = Extract.Text(Profile + "PUBLICATIONS\n\nY. Karim, M. Quinn. \"Starling: Sampling-Free GNN Training on One GPU.\" In Proceedings of MLSys'23.\n\nTALKS\n\n2024 \"Is Graph Learning Ready?\", keynote at KDD 2024.\n");
        var pubs = x.Facts(FactType.PUBLISHED_AT);
        Assert.Contains(("Starling", "MLSys", (int?)2023, (string?)null), pubs);
        Assert.DoesNotContain(pubs, p => p.To == "KDD");
    }

    [Fact]
    public void Lists_under_their_headings_give_sponsors_and_students()
    {
        var x = Extract.Text(Profile + "Sponsors\n\nOur research is generously supported by:\n\n- NSF\n- Kingsbridge AI Fund\n\nStudents\n\n- Ama Mensah (2022-), working on Rampart\n- Julian Roth (2021-), co-advised with Prof. Lukas Brenner\n");
        var sponsors = x.Facts(FactType.SPONSORS).Select(f => f.From).ToList();
        Assert.Contains("NSF", sponsors);
        Assert.Contains("Kingsbridge AI Fund", sponsors);
        var advised = x.Facts(FactType.ADVISED_BY);
        Assert.Contains(("Ama Mensah", "Mara Quinn", (int?)null, (string?)null), advised);
        Assert.Contains(("Julian Roth", "Lukas Brenner", (int?)null, (string?)null), advised);
    }

    [Fact]
    public void Someone_who_leads_groups_is_affiliated_with_each()
    {
        var x = Extract.Text(Profile + "I was supervised by Prof. Jonah Reyes, who leads the Harbor VAST (Very Adaptive Systems) Group and HCDS (The Center for Data Systems).\n");
        var affiliated = x.Facts(FactType.AFFILIATED_WITH).Select(f => (f.From, f.To)).ToList();
        Assert.Contains(("Jonah Reyes", "Harbor VAST Group"), affiliated);
        Assert.Contains(("Jonah Reyes", "HCDS"), affiliated);
    }

    [Fact]
    public void Labelled_table_rows_give_awards_to_whoever_the_row_names_and_lineage_from_its_column()
    {
        var page = "---\ntitle: Harbor Vision Group\n---\n# Harbor Vision Group\n\n## Projects\n\n| Project | Venue | Lineage |\n|---|---|---|\n| Gannet | ECCV 2024 | |\n| Skua | ICRA 2025 | builds on Gannet |\n\n## Honors\n\n| Year | Award | Who |\n|---|---|---|\n| 2025 | Tern Fellowship | Ilse Varga |\n| 2024 | Best Student Paper Award, IROS 2024 | Noor |\n";
        var x = Extract.From(page, Reading.PageFormat.Markdown);
        var received = x.Facts(FactType.RECEIVED);
        Assert.Contains(("Ilse Varga", "Tern Fellowship", (int?)2025, (string?)null), received);
        Assert.Contains(("Noor", "Best Student Paper Award", (int?)2024, (string?)null), received);
        Assert.Contains(("Gannet", "Skua", (int?)null, (string?)null), x.Facts(FactType.PRECEDES));
        Assert.DoesNotContain("Lineage", x.Names(EntityKind.Project));
    }

    [Fact]
    public void An_advisor_named_after_a_student_advises_the_student_not_the_owner()
    {
        var x = Extract.Text(Profile + "- Jan 2024: Tariq Osei, co-advised by Prof. Jun Takeda, gave a talk at Westbrook.\n- Feb 2024: Omar Haddad joins the lab as my first PhD student.\n");
        var advised = x.Facts(FactType.ADVISED_BY);
        Assert.Contains(("Tariq Osei", "Jun Takeda", (int?)null, (string?)null), advised);
        Assert.Contains(("Omar Haddad", "Mara Quinn", (int?)null, (string?)null), advised);
        Assert.DoesNotContain(advised, f => f.From == "Mara Quinn");
    }
}
