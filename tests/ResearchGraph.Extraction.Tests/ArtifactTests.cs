using ResearchGraph.Domain;
using ResearchGraph.Extraction.Tests.Support;
using ResearchGraph.Reading;

namespace ResearchGraph.Extraction.Tests;

public sealed class ArtifactTests
{
    private const string Profile = "Mara Quinn\n\nAssociate Professor, Westbrook University\n\n";

    [Fact]
    public void Well_known_models_are_projects_and_sized_variants_name_their_family()
    {
        var x = Extract.Text(Profile + "Our method quantizes OPT-66B, BLOOM-176B and Llama-2-13B with no loss.\n");
        var projects = x.Names(EntityKind.Project);
        Assert.Contains("OPT", projects);
        Assert.Contains("BLOOM", projects);
        Assert.Contains("Llama-2", projects);
        var opt = x.Result.Entities.Single(e => e.Name == "OPT");
        Assert.Contains("OPT-66B", opt.Aliases);
    }

    [Fact]
    public void A_model_named_as_a_baseline_is_not_a_mention()
    {
        var x = Extract.Text(Profile + "Sparrow is 2x faster than GPT-2 and improves accuracy over BERT.\n");
        Assert.DoesNotContain("GPT-2", x.Names(EntityKind.Project));
        Assert.DoesNotContain("BERT", x.Names(EntityKind.Project));
    }

    [Fact]
    public void Products_named_in_passing_are_products()
    {
        var x = Extract.Text(Profile + "The kernels are written with CUTLASS and wrapped as PyTorch modules.\n");
        var products = x.Names(EntityKind.Product);
        Assert.Contains("CUTLASS", products);
        Assert.Contains("PyTorch", products);
    }

    [Fact]
    public void Emoji_shortcodes_do_not_split_an_award_name()
    {
        var x = Extract.From("---\ntitle: Mara Quinn\n---\nI have also received :trophy: 2021 Harbor Best Paper Award :trophy: for our work.\n", PageFormat.Markdown);
        Assert.Contains(("Mara Quinn", "Harbor Best Paper Award", (int?)2021, (string?)null), x.Facts(FactType.RECEIVED));
        Assert.DoesNotContain(":trophy:", x.Page.Text, StringComparison.Ordinal);
    }
}
