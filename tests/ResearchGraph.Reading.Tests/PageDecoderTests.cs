using System.Text;

namespace ResearchGraph.Reading.Tests;

public sealed class PageDecoderTests
{
    [Fact]
    public void Utf8_without_bom_decodes_without_diagnostics()
    {
        var decoded = PageDecoder.Decode(Encoding.UTF8.GetBytes("NeurIPS’22 café"));
        Assert.Equal("NeurIPS’22 café", decoded.Text);
        Assert.Empty(decoded.Diagnostics);
    }

    [Fact]
    public void Utf8_bom_is_removed()
    {
        var decoded = PageDecoder.Decode([0xEF, 0xBB, 0xBF, .. "Hello"u8]);
        Assert.Equal("Hello", decoded.Text);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void Utf16_with_bom_decodes(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Ünïcode page")).ToArray();
        Assert.Equal("Ünïcode page", PageDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void Invalid_utf8_is_replaced_and_counted()
    {
        var decoded = PageDecoder.Decode([.. "ab"u8, 0xFF, 0xFE, .. "cd"u8]);
        Assert.Equal("ab\uFFFD\uFFFDcd", decoded.Text);
        var diagnostic = Assert.Single(decoded.Diagnostics);
        Assert.Contains("2 byte", diagnostic);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t \r\n")]
    public void Empty_or_blank_content_is_unreadable(string content)
    {
        var e = Assert.Throws<UnreadablePageException>(() => PageDecoder.Decode(Encoding.UTF8.GetBytes(content)));
        Assert.Equal("the file is empty", e.Message);
    }

    [Fact]
    public void A_nul_byte_near_the_start_means_binary()
    {
        var e = Assert.Throws<UnreadablePageException>(() => PageDecoder.Decode([0x89, .. "PNG"u8, 0x00, 0x01]));
        Assert.Contains("binary", e.Message);
    }

    [Fact]
    public void Mostly_control_characters_means_binary()
    {
        var bytes = Enumerable.Range(0, 4000).Select(i => (byte)(i % 2 == 0 ? 0x01 : 'a')).ToArray();
        var e = Assert.Throws<UnreadablePageException>(() => PageDecoder.Decode(bytes));
        Assert.Contains("control characters", e.Message);
    }
}
