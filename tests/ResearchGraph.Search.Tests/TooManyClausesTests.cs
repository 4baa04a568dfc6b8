using Lucene.Net.Search;
using ResearchGraph.Search.Tests.Support;

namespace ResearchGraph.Search.Tests;

// The clause limit is process-wide in Lucene, so this test lowers it alone, with nothing else running.
[Collection(nameof(RunsAlone))]
public sealed class TooManyClausesTests(SampleIndex index) : IClassFixture<SampleIndex>
{
    [Fact]
    public void A_query_with_too_many_clauses_is_refused_with_lucenes_reason()
    {
        var limit = BooleanQuery.MaxClauseCount;
        BooleanQuery.MaxClauseCount = 3;
        try
        {
            var error = Assert.Throws<SearchQueryException>(() => index.Reader.Search(new SearchRequest("alpha beta gamma delta epsilon")));

            Assert.Contains("too many boolean clauses", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            BooleanQuery.MaxClauseCount = limit;
        }
    }
}
