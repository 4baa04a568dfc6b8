using ResearchGraph.Domain;
using ResearchGraph.Extraction.Rules;
using ResearchGraph.Extraction.Tests.Support;

namespace ResearchGraph.Extraction.Tests;

public sealed class AwardTests
{
    private const string Profile = "Mara Quinn\n\nAssociate Professor, Westbrook University\n\n";

    [Theory]
    [InlineData("1st Place, ACM Student Research Competition at ICCAD (ICCAD)", "ACM Student Research Competition")]
    [InlineData("Best Paper Award, IEEE/ACM Design Automation Conference (DAC)", "Best Paper Award")]
    [InlineData("Best Talk Award, Young Researchers Program at SOSP", "Best Talk Award")]
    [InlineData("Halden Travel Scholarship (one of 12 students nationwide)", "Halden Travel Scholarship")]
    [InlineData("Best Paper Award of DAC 2020", "Best Paper Award")]
    [InlineData("Best Paper of IEEE CAL", "Best Paper Award")]
    [InlineData("IEEE/ACM ICCAD Best Paper Nominee", "ICCAD Best Paper Nominee")]
    [InlineData("Fellow of the ACM", "Fellow of the ACM")]
    [InlineData("Periodical Review list of 20 Builders Under 40", "20 Builders Under 40")]
    public void The_award_is_read_out_of_the_words_around_it(string words, string award) =>
        Assert.Equal(award, AwardNames.Core(words));

    [Fact]
    public void A_declined_award_is_not_received() =>
        Assert.Null(AwardNames.Core("3rd Place, Student Design Contest at DATE (declined)"));

    [Fact]
    public void Award_list_items_keep_the_award_and_its_year()
    {
        var x = Extract.Text(Profile + "Honors\n\n- 2021 2nd Place, ACM Student Research Competition at MICRO\n- 2020 Best Poster Award, IEEE Embedded Systems Week (ESWEEK)\n- 2019 Halden Scholarship (top 1%)\n");
        var received = x.Facts(FactType.RECEIVED);
        Assert.Contains(("Mara Quinn", "ACM Student Research Competition", (int?)2021, (string?)null), received);
        Assert.Contains(("Mara Quinn", "Best Poster Award", (int?)2020, (string?)null), received);
        Assert.Contains(("Mara Quinn", "Halden Scholarship", (int?)2019, (string?)null), received);
    }

    [Fact]
    public void A_dated_news_item_with_a_tag_gives_the_owner_the_award_of_that_year()
    {
        var x = Extract.Text(Profile + "News\n\n- [Apr. 2022] [Award] I was chosen as Orion Young Fellow at DAC 2022.\n- [Oct. 2021] [Honor] I won 2nd place in the Harbor Student Design Competition at DATE 2021.\n");
        var received = x.Facts(FactType.RECEIVED);
        Assert.Contains(("Mara Quinn", "Orion Young Fellow", (int?)2022, (string?)null), received);
        Assert.Contains(("Mara Quinn", "Harbor Student Design Competition", (int?)2021, (string?)null), received);
    }

    [Fact]
    public void A_second_award_after_and_is_read_too()
    {
        var x = Extract.Text(Profile + "- Dec 2021: I am selected as Orion Young Fellow, and win Best Research Video Award at DAC 2021.\n");
        var received = x.Facts(FactType.RECEIVED).Select(f => f.To).ToList();
        Assert.Contains("Orion Young Fellow", received);
        Assert.Contains("Best Research Video Award", received);
    }

    [Fact]
    public void A_prose_list_of_dated_awards_gives_one_fact_per_award()
    {
        var x = Extract.Text(Profile + "My papers have also received 2024 IEEE IGSC Best Viewpoint Paper, 2023 ACM/SIGDA FPGA Best Paper Nominee, 2018 IEEE ISPASS Best Paper Nominee.\n");
        var received = x.Facts(FactType.RECEIVED);
        Assert.Contains(("Mara Quinn", "IGSC Best Viewpoint Paper", (int?)2024, (string?)null), received);
        Assert.Contains(("Mara Quinn", "FPGA Best Paper Nominee", (int?)2023, (string?)null), received);
        Assert.Contains(("Mara Quinn", "ISPASS Best Paper Nominee", (int?)2018, (string?)null), received);
    }

    [Fact]
    public void A_paper_that_wins_an_award_is_the_recipient()
    {
        var x = Extract.Text(Profile + "- Jul 2020: Paper Kelpie: Tolerant Inference on Noisy Sensors wins Best Paper Award of DAC 2020.\n");
        Assert.Contains(("Kelpie", "Best Paper Award", (int?)2020, (string?)null), x.Facts(FactType.RECEIVED));
    }

    [Fact]
    public void A_news_item_about_a_paper_is_not_an_award_in_a_news_and_awards_section()
    {
        var x = Extract.Text(Profile + "News and Awards\n\n- Feb 2020: Kelpie: Tolerant Inference on Noisy Sensors appeared at International Symposium on Computer Architecture (ISCA) 2020.\n");
        Assert.Empty(x.Facts(FactType.RECEIVED));
        Assert.Contains(("Kelpie", "ISCA", (int?)2020, (string?)null), x.Facts(FactType.PUBLISHED_AT));
    }
}
