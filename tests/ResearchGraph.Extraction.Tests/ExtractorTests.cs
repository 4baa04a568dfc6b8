using ResearchGraph.Domain;
using ResearchGraph.Extraction.Tests.Support;
using ResearchGraph.Reading;

namespace ResearchGraph.Extraction.Tests;

public sealed class ExtractorTests
{
    private const string Profile = "Mara Quinn\n\nAssociate Professor, Westbrook University\n\n";

    [Fact]
    public void Owner_is_the_name_the_page_opens_with()
    {
        var x = Extract.Text(Profile + "Mara Quinn is an Associate Professor at Westbrook University.\n");
        Assert.Equal("Mara Quinn", x.Result.Owner?.Name);
        Assert.Contains(x.Facts(FactType.AFFILIATED_WITH), f => f.From == "Mara Quinn" && f.To == "Westbrook University");
    }

    [Theory]
    [InlineData("Sep 2022: Falcon: Fast Graph Search is accepted by NeurIPS’22.", "Falcon", "NeurIPS", 2022)]
    [InlineData("Oct 2021: Falcon: Fast Graph Search to appear at HPCA’22.", "Falcon", "HPCA", 2022)]
    [InlineData("Feb 2020: Falcon was presented at International Symposium on High-Performance Computer Architecture (HPCA) 2020.", "Falcon", "HPCA", 2020)]
    [InlineData("Jul 2021: Falcon is accepted by International Conference on Computer Vision (ICCV’21)", "Falcon", "ICCV", 2021)]
    [InlineData("Dec 2019: Falcon is accepted by ICLR’2020.", "Falcon", "ICLR", 2020)]
    [InlineData("Jun 2022: Our work Falcon: Fast Graph Search accepted to DATE 2023.", "Falcon", "DATE", 2023)]
    [InlineData("Oct 2019: Graph Sketches in Ten Minutes is accepted by NeurIPS workshop on Systems for ML.", "Graph Sketches in Ten Minutes", "NeurIPS", 2019)]
    public void Acceptance_sentences_give_publications_with_the_venue_year(string news, string project, string venue, int year)
    {
        var x = Extract.Text(Profile + news + "\n");
        Assert.Contains((project, venue, (int?)year, (string?)null), x.Facts(FactType.PUBLISHED_AT));
    }

    [Fact]
    public void A_date_prefix_is_never_read_as_a_project_name()
    {
        var x = Extract.Text(Profile + "Dec 2018: Our work on Falcon: Fast Graph Search is accepted by ICLR’19.\n");
        Assert.Equal(["Falcon"], x.Names(EntityKind.Project));
    }

    [Fact]
    public void Two_titled_works_in_one_subject_are_two_publications()
    {
        var x = Extract.Text(Profile + "Feb 2020: Kite Compression: Learning Small Kites and Reef: Joint Search for Reefs are accepted by CVPR’20.\n");
        var pubs = x.Facts(FactType.PUBLISHED_AT);
        Assert.Contains(("Kite Compression", "CVPR", (int?)2020, (string?)null), pubs);
        Assert.Contains(("Reef", "CVPR", (int?)2020, (string?)null), pubs);
    }

    [Fact]
    public void Arrows_state_a_lineage_and_the_bracketed_venues_are_publications()
    {
        var x = Extract.Text(Profile + "Mar 2019: So far, Alpha [ICLR’19] => Beta [ECCV’18] => Gamma [CVPR’19] forms a pipeline.\n");
        var lineage = x.Facts(FactType.PRECEDES).Select(f => (f.From, f.To)).ToList();
        Assert.Equal([("Alpha", "Beta"), ("Beta", "Gamma")], lineage.Order().ToList());
        Assert.Contains(("Beta", "ECCV", (int?)2018, (string?)null), x.Facts(FactType.PUBLISHED_AT));
    }

    [Fact]
    public void A_v2_name_follows_its_first_version()
    {
        var x = Extract.Text(Profile + "Dec 2020: Tinynet: Small Models is presented at NeurIPS’20.\nDec 2021: Tinynet-v2: Smaller Models is presented at NeurIPS’21.\n");
        Assert.Contains(("Tinynet", "TinynetV2", (int?)null, (string?)null), x.Facts(FactType.PRECEDES));
    }

    [Fact]
    public void Integration_by_a_company_product_is_an_adoption_via_that_product_in_the_item_year()
    {
        var x = Extract.Text(Profile + "Mar 2021: Falcon: Fast Graph Search is integrated by Intel OpenVINO Toolkit.\n");
        Assert.Contains(("Intel", "Falcon", (int?)2021, (string?)"OpenVINO"), x.Facts(FactType.ADOPTED));
    }

    [Fact]
    public void Industry_integration_marks_adopt_the_item_project()
    {
        var x = Extract.Text(Profile + "Dec 2018: Falcon: Fast Graph Search is accepted by ICLR’19. paper / code / industry integration: @AWS@Facebook\n");
        var adopted = x.Facts(FactType.ADOPTED);
        Assert.Contains(adopted, f => f.From == "Amazon" && f.To == "Falcon");
        Assert.Contains(adopted, f => f.From == "Facebook" && f.To == "Falcon");
    }

    [Fact]
    public void Glued_company_names_are_split()
    {
        var x = Extract.Text(Profile + "Her work on quantization was integrated in IntelNVIDIA, Microsoft.\n");
        var companies = x.Facts(FactType.ADOPTED).Select(f => f.From).Order().ToList();
        Assert.Equal(["Intel", "Microsoft", "NVIDIA"], companies);
        Assert.All(x.Facts(FactType.ADOPTED), f => Assert.Equal("quantization", f.To));
    }

    [Fact]
    public void A_sponsor_list_sponsors_the_owner()
    {
        var x = Extract.Text(Profile + "We thank the sponsors of our research: National Science Foundation, Bosch, Westbrook AI Program.\n");
        var sponsors = x.Facts(FactType.SPONSORS).Select(f => (f.From, f.To)).Order().ToList();
        Assert.Equal([("Bosch", "Mara Quinn"), ("NSF", "Mara Quinn"), ("Westbrook AI Program", "Mara Quinn")], sponsors);
        Assert.Contains("Company", x.Result.Entities.Single(e => e.Name == "Bosch").Kinds.Select(k => k.ToString()));
    }

    [Fact]
    public void The_last_sponsor_after_and_is_a_sponsor_too()
    {
        var x = Extract.Text(Profile + "Our work is supported by Samsung and Intel.\n");
        Assert.Equal(["Intel", "Samsung"], x.Facts(FactType.SPONSORS).Select(f => f.From).Order().ToList());
    }

    [Fact]
    public void Award_list_items_give_one_award_per_year()
    {
        var x = Extract.Text(Profile + "  • Rivera Faculty Award, 2017/2018/2020\n  • Best paper award, DAC’2019\n");
        var received = x.Facts(FactType.RECEIVED);
        Assert.Equal([2017, 2018, 2020], received.Where(r => r.To == "Rivera Faculty Award").Select(r => r.Year!.Value).Order().ToList());
        Assert.Contains(("Mara Quinn", "Best Paper Award", (int?)2019, (string?)null), received);
    }

    [Fact]
    public void A_bio_award_without_a_year_yields_to_the_dated_list_item()
    {
        var x = Extract.Text(Profile + "Mara received the NSF CAREER Award for work on sketches.\n  • NSF CAREER Award, 2020\n");
        Assert.Equal([("Mara Quinn", "NSF CAREER Award", (int?)2020, (string?)null)], x.Facts(FactType.RECEIVED));
    }

    [Fact]
    public void Congratulated_students_are_people_scoped_to_the_page_and_receive_the_award()
    {
        var x = Extract.Text(Profile + "Aug 2022: Congrats Ivo and Lena receiving the Qualcomm Innovation Fellowship for their work.\n");
        var received = x.Facts(FactType.RECEIVED);
        Assert.Contains(("Ivo", "Qualcomm Innovation Fellowship", (int?)2022, (string?)null), received);
        Assert.Contains(("Lena", "Qualcomm Innovation Fellowship", (int?)2022, (string?)null), received);
        Assert.Contains(x.Result.Entities, e => e.Id == "person:ivo@snippet");
    }

    [Fact]
    public void Advisor_and_degrees_are_read_from_a_cv_line()
    {
        var x = Extract.Text(Profile + "Ph.D. Stanford University. Advisor: Prof. Tomas Reyes\n\nB.S. Tsinghua University\n");
        Assert.Contains(("Mara Quinn", "Tomas Reyes", (int?)null, (string?)null), x.Facts(FactType.ADVISED_BY));
        var schools = x.Facts(FactType.EDUCATED_AT).Select(f => f.To).Order().ToList();
        Assert.Equal(["Stanford University", "Tsinghua University"], schools);
    }

    [Fact]
    public void Ambiguous_venue_acronyms_need_a_year_or_a_venue_preposition()
    {
        var x = Extract.Text(Profile + "We build FPGA-based accelerators and won the FPGA track of a challenge.\n");
        Assert.DoesNotContain("FPGA", x.Names(EntityKind.Venue));
    }

    [Fact]
    public void Every_fact_has_evidence_that_is_the_visible_text_at_its_offsets()
    {
        var x = Extract.From("# Mara Quinn\n\n## News\n\n- **Jan 2026**: Falcon: Fast Graph Search is accepted by ICML 2026.\n- [05/2025] Falcon is integrated into Microsoft's ONNX Runtime.\n", PageFormat.Markdown);
        Assert.NotEmpty(x.Result.Facts);
        Assert.All(x.Result.Facts.SelectMany(f => f.Evidence), e => Assert.Equal(e.Text, x.Page.Text[e.Start..e.End]));
        Assert.Contains(x.Result.Facts, f => f.Rel == FactType.ADOPTED && f.Year == 2025);
    }

    [Fact]
    public void News_items_carry_the_entities_they_mention()
    {
        var x = Extract.Text(Profile + "Sep 2022: Falcon: Fast Graph Search is accepted by NeurIPS’22.\n");
        var item = Assert.Single(x.Result.NewsItems);
        Assert.Equal("2022-09", item.Date);
        Assert.Contains("project:falcon", item.Mentions);
        Assert.Contains("venue:neurips", item.Mentions);
    }

    [Fact]
    public void A_page_without_news_is_one_whole_page_item()
    {
        var x = Extract.Text(Profile + "Mara Quinn works on sketches.\n");
        var item = Assert.Single(x.Result.NewsItems);
        Assert.Null(item.Date);
        Assert.Equal(x.Page.Text, item.Text);
    }

    [Fact]
    public void Odd_text_never_throws()
    {
        var odd = string.Join("\n", ["", "::::", "=> => =>", "Congrats", "received the", "[ICLR’19]", new string('x', 100_000), "(((((", "Sep 2022:"]);
        var x = Extract.Text(odd);
        Assert.NotNull(x.Result);
    }
}
