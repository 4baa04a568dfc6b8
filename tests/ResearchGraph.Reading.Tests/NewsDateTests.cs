namespace ResearchGraph.Reading.Tests;

public sealed class NewsDateTests
{
    [Theory]
    [InlineData("Sep 2022: Paper accepted.", "2022-09", "Paper accepted.")]
    [InlineData("Sept. 2022 Talk at a workshop", "2022-09", "Talk at a workshop")]
    [InlineData("September 2022 - Joined the lab", "2022-09", "Joined the lab")]
    [InlineData("[Dec. 2022] [Paper] Our work", "2022-12", "[Paper] Our work")]
    [InlineData("[June. 2021] Our book", "2021-06", "Our book")]
    [InlineData("[05/2023] Released v2", "2023-05", "Released v2")]
    [InlineData("05/2023: Released v2", "2023-05", "Released v2")]
    [InlineData("[2024/05] Integrated into a runtime", "2024-05", "Integrated into a runtime")]
    [InlineData("2025/03 New preprint", "2025-03", "New preprint")]
    [InlineData("[9/26/2024] Best paper", "2024-09-26", "Best paper")]
    [InlineData("03/04/2024 Keynote", "2024-03-04", "Keynote")]
    [InlineData("2024-05-01 Released", "2024-05-01", "Released")]
    [InlineData("2024.05 Moved", "2024-05", "Moved")]
    [InlineData("(Oct 2022) Won a prize", "2022-10", "Won a prize")]
    [InlineData("Oct 12, 2022 — Gave a talk", "2022-10-12", "Gave a talk")]
    [InlineData("12 Oct 2022: Gave a talk", "2022-10-12", "Gave a talk")]
    [InlineData("Jan 2026: New course", "2026-01", "New course")]
    [InlineData("March 2022 | Journal paper", "2022-03", "Journal paper")]
    [InlineData("May. 2020 Graduated", "2020-05", "Graduated")]
    [InlineData("26/9/2024 Day first only when month first is impossible", "2024-09-26", "Day first only when month first is impossible")]
    public void Date_prefix_forms_are_recognised_and_normalised(string block, string date, string content)
    {
        Assert.True(NewsDate.TryMatchPrefix(block, out var found, out var start));
        Assert.Equal(date, found);
        Assert.Equal(content, block[start..]);
    }

    [Theory]
    [InlineData("2021: Best paper award")]
    [InlineData("2021 Best paper award")]
    [InlineData("Accepted in Sep 2022: great news")]
    [InlineData("13/2023 Not a month")]
    [InlineData("2023/13 Not a month")]
    [InlineData("02/30/2024 Not a day")]
    [InlineData("Sep 1949: Too early")]
    [InlineData("Sep 2101: Too late")]
    [InlineData("Sep 2022")]
    [InlineData("2024/05abc glued to a word")]
    [InlineData("Mayday 2022 is not a month")]
    [InlineData("[Dec. 2022 unclosed bracket")]
    [InlineData("2021-2022 academic year")]
    [InlineData("")]
    public void Non_dates_and_mid_block_dates_are_not_prefixes(string block)
    {
        Assert.False(NewsDate.TryMatchPrefix(block, out _, out _));
    }

    [Theory]
    [InlineData("2025/03", "2025-03")]
    [InlineData("2025-03-15", "2025-03-15")]
    [InlineData("2025-03-15T10:00:00Z", "2025-03-15")]
    [InlineData("2025", "2025")]
    [InlineData("Sep 2022", "2022-09")]
    [InlineData(" [05/2023] ", "2023-05")]
    public void Whole_date_texts_parse(string text, string date)
    {
        Assert.True(NewsDate.TryParse(text, out var found));
        Assert.Equal(date, found);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("2025/13")]
    [InlineData("2025/03 and more")]
    [InlineData("")]
    public void Non_date_texts_do_not_parse(string text)
    {
        Assert.False(NewsDate.TryParse(text, out _));
    }
}
