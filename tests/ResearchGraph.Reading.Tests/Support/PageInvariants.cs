namespace ResearchGraph.Reading.Tests.Support;

/// <summary>The offset rules every visible page keeps, whatever its format.</summary>
internal static class PageInvariants
{
    public static void AssertHold(VisiblePage page)
    {
        var expected = 0;
        foreach (var block in page.Blocks)
        {
            Assert.Equal(expected, block.Start);
            Assert.True(block.End > block.Start, $"empty block at {block.Start}");
            var text = page.TextOf(block);
            Assert.DoesNotContain('\n', text);
            Assert.Equal(text.Trim(), text);
            expected = block.End + 1;
            if (block.End < page.Text.Length)
            {
                Assert.Equal('\n', page.Text[block.End]);
            }
        }

        Assert.Equal(page.Blocks.Count == 0 ? 0 : page.Blocks[^1].End, page.Text.Length);
        foreach (var item in page.News)
        {
            Assert.True(item.End > item.Start, $"empty news span at {item.Start}");
            Assert.Contains(page.Blocks, b => b.Start <= item.Start && item.Start < b.End);
            Assert.Contains(page.Blocks, b => b.Start < item.End && item.End <= b.End);
        }
    }

    public static IEnumerable<string> Lines(VisiblePage page) => page.Blocks.Select(page.TextOf);
}
