using ResearchGraph.Search.Tests.Support;

namespace ResearchGraph.Search.Tests;

public sealed class SearchRequestValidationTests(SampleIndex index) : IClassFixture<SampleIndex>
{
    public static TheoryData<SearchRequest, string> BadRequests => new()
    {
        { new SearchRequest(""), "empty" },
        { new SearchRequest("   \t "), "empty" },
        { new SearchRequest(new string('a', 1_001)), "at most 1000" },
        { new SearchRequest("cloud", Limit: 0), "Limit" },
        { new SearchRequest("cloud", Limit: 101), "Limit" },
        { new SearchRequest("cloud", Offset: -1), "Offset" },
        { new SearchRequest("cloud", Offset: 10_001), "Offset" },
        { new SearchRequest("cloud", From: "2021-13"), "From must be a date as YYYY or YYYY-MM" },
        { new SearchRequest("cloud", From: "21"), "From must be" },
        { new SearchRequest("cloud", From: "May 2021"), "From must be" },
        { new SearchRequest("cloud", From: "2021-05-03"), "From must be" },
        { new SearchRequest("cloud", To: "2021/05"), "To must be" },
        { new SearchRequest("cloud", From: "2022-02", To: "2022-01"), "later than To" },
        { new SearchRequest("cloud", From: "2023", To: "2022-12"), "later than To" },
        { new SearchRequest("cloud", EntityIds: [" "]), "entity id" },
        { new SearchRequest("\"point cloud"), "Cannot parse" },
        { new SearchRequest("(quantum AND"), "Cannot parse" },
        { new SearchRequest("*cloud"), "Cannot parse" },
        { new SearchRequest("cloud~1.5"), "Cannot parse" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public void Bad_requests_are_refused_with_a_message_saying_what_is_wrong(SearchRequest request, string expected)
    {
        var error = Assert.Throws<SearchQueryException>(() => index.Reader.Search(request));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_requests_are_refused_even_when_there_is_no_index()
    {
        using var folder = new TempFolder();
        using var reader = SearchIndexReader.Open(folder.Sub("missing"));

        Assert.Throws<SearchQueryException>(() => reader.Search(new SearchRequest("cloud", Limit: 0)));
    }

    [Fact]
    public void Limits_at_the_edge_are_accepted()
    {
        index.Reader.Search(new SearchRequest(new string('a', 1_000), Limit: 100, Offset: 10_000));
        index.Reader.Search(new SearchRequest("cloud", From: "2021", To: "2021", Limit: 1));
    }
}
