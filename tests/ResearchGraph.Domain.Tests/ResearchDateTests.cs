using ResearchGraph.Domain;

namespace ResearchGraph.Domain.Tests;

public sealed class ResearchDateTests
{
    [Theory]
    [InlineData(2022, null, null, "2022")]
    [InlineData(2022, 9, null, "2022-09")]
    [InlineData(2024, 9, 26, "2024-09-26")]
    [InlineData(987, 1, 2, "0987-01-02")]
    public void Format_writes_as_precise_as_given(int year, int? month, int? day, string expected) =>
        Assert.Equal(expected, ResearchDate.Format(year, month, day));

    [Fact]
    public void Format_ignores_a_day_without_a_month() => Assert.Equal("2022", ResearchDate.Format(2022, null, 5));

    [Theory]
    [InlineData(2022, null, null)]
    [InlineData(2023, 5, null)]
    [InlineData(2024, 2, 29)]
    [InlineData(2024, 12, 31)]
    public void Formatted_dates_parse_back(int year, int? month, int? day)
    {
        Assert.True(ResearchDate.TryParse(ResearchDate.Format(year, month, day), out var y, out var m, out var d));

        Assert.Equal((year, month, day), (y, m, d));
    }

    [Theory]
    [InlineData("2023-00")]
    [InlineData("2023-13")]
    [InlineData("2023-02-29")]
    [InlineData("2024-04-31")]
    [InlineData("2024-01-00")]
    [InlineData("2024-01-32")]
    public void Impossible_months_and_days_are_rejected(string text) =>
        Assert.False(ResearchDate.TryParse(text, out _, out _, out _));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("22")]
    [InlineData("20222")]
    [InlineData("2022-9")]
    [InlineData("2022-09-1")]
    [InlineData("2022/09")]
    [InlineData("2022-09-01-01")]
    [InlineData("Sep 2022")]
    [InlineData("+202")]
    [InlineData(" 2022")]
    [InlineData("2022-")]
    public void Other_shapes_are_rejected(string? text) =>
        Assert.False(ResearchDate.TryParse(text, out _, out _, out _));

    [Fact]
    public void Rejected_text_leaves_month_and_day_null()
    {
        Assert.False(ResearchDate.TryParse("2022-13", out _, out var month, out var day));

        Assert.Null(month);
        Assert.Null(day);
    }

    [Theory]
    [InlineData("2021", 2021)]
    [InlineData("2021-07", 2021)]
    [InlineData("2021-07-04", 2021)]
    [InlineData("2021-13", null)]
    [InlineData("soon", null)]
    [InlineData(null, null)]
    public void YearOf_gives_the_year_of_a_valid_date_only(string? date, int? expected) =>
        Assert.Equal(expected, ResearchDate.YearOf(date));
}
