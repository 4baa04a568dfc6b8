namespace ResearchGraph.Evaluation.Tests;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("MCUNet-v2", "mcunetv2")]
    [InlineData("  Once-for-All Network ", "onceforallnetwork")]
    [InlineData("NeurIPS’22", "neurips22")]
    [InlineData("LLM.int8()", "llmint8")]
    [InlineData("Zhou, Peipei", "zhoupeipei")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Normalise_lower_cases_and_keeps_letters_and_digits(string? name, string expected) =>
        Assert.Equal(expected, NameKey.Normalise(name));

    [Fact]
    public void Names_that_agree_after_normalising_match() =>
        Assert.Equal(NameKey.Normalise("Peipei’s Lab"), NameKey.Normalise("peipei's lab"));

    [Fact]
    public void Set_drops_names_with_no_letters_or_digits() =>
        Assert.Equal(["ab"], NameKey.Set(["A-B", "--", "’"]));
}
