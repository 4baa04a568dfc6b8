using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ResearchGraph.Search;

/// <summary>
/// A validated <see cref="SearchRequest"/> as Lucene objects: the scoring query (the user's query,
/// plus a phrase of all its words so exact phrases rank first) and the filter (date range,
/// entities), which restricts matches without touching scores.
/// </summary>
internal sealed partial class SearchQuery
{
    public const int MaxQueryLength = SearchLimits.MaxQueryLength;
    public const int MaxLimit = SearchLimits.MaxLimit;
    public const int MaxOffset = SearchLimits.MaxOffset;

    // Exact phrases count double on top of the coordination factor, so a phrase match outranks
    // the same words scattered through a similar item.
    private const float PhraseBoost = 2f;

    private SearchQuery(Query scoring, Filter? filter)
    {
        Scoring = scoring;
        Filter = filter;
    }

    /// <summary>What ranks and highlights the hits.</summary>
    public Query Scoring { get; }

    /// <summary>What a hit must also satisfy; null when the request has no filters.</summary>
    public Filter? Filter { get; }

    /// <summary>Validates the request and builds its query; throws <see cref="SearchQueryException"/> saying what is wrong.</summary>
    public static SearchQuery Build(SearchRequest request, Analyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request);
        var from = MonthRange.OfFilterBound(request.From, "From");
        var to = MonthRange.OfFilterBound(request.To, "To");
        if (from is { } f && to is { } t && f.First > t.Last)
        {
            throw new SearchQueryException($"From ({request.From}) is later than To ({request.To}).");
        }

        var user = Parse(request.Query, analyzer);
        var scoring = new BooleanQuery { { user, Occur.MUST } };
        if (ExactPhrase(request.Query, analyzer) is { } phrase)
        {
            scoring.Add(phrase, Occur.SHOULD);
        }

        return new SearchQuery(scoring, BuildFilter(from, to, request.EntityIds, request.AnyEntityIds));
    }

    private static void Validate(SearchRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            throw new SearchQueryException("The query is empty.");
        }

        if (request.Query.Length > MaxQueryLength)
        {
            throw new SearchQueryException($"The query is {request.Query.Length} characters long; at most {MaxQueryLength} are allowed.");
        }

        if (request.Limit is < 1 or > MaxLimit)
        {
            throw new SearchQueryException($"Limit must be between 1 and {MaxLimit}, not {request.Limit}.");
        }

        if (request.Offset is < 0 or > MaxOffset)
        {
            throw new SearchQueryException($"Offset must be between 0 and {MaxOffset}, not {request.Offset}.");
        }

        if (request.EntityIds?.Any(string.IsNullOrWhiteSpace) == true)
        {
            throw new SearchQueryException("An entity id to filter by is empty.");
        }
    }

    private static Query Parse(string query, Analyzer analyzer)
    {
        // QueryParser keeps state while parsing, so each search gets its own.
        var parser = new QueryParser(LuceneVersion.LUCENE_48, IndexFields.Text, analyzer) { DefaultOperator = Operator.OR };
        try
        {
            return parser.Parse(query);
        }
        catch (ParseException e)
        {
            throw new SearchQueryException($"The query cannot be parsed: {e.Message}", e);
        }
        catch (BooleanQuery.TooManyClausesException e)
        {
            throw new SearchQueryException($"The query expands to too many clauses (at most {BooleanQuery.MaxClauseCount}): {e.Message}", e);
        }
    }

    /// <summary>
    /// The query's words as one phrase, from the analyzer's token stream (keeping the position
    /// gaps stop words leave, as indexing does); null for fewer than two words.
    /// </summary>
    private static PhraseQuery? ExactPhrase(string query, Analyzer analyzer)
    {
        // Operators are syntax, not words of the phrase; "point AND cloud" still means "point cloud".
        var words = Operators().Replace(query, " ");
        var phrase = new PhraseQuery();
        var count = 0;
        using (var tokens = analyzer.GetTokenStream(IndexFields.Text, words))
        {
            var term = tokens.AddAttribute<ICharTermAttribute>();
            var increment = tokens.AddAttribute<IPositionIncrementAttribute>();
            tokens.Reset();
            var position = -1;
            while (tokens.IncrementToken())
            {
                position += increment.PositionIncrement;
                phrase.Add(new Term(IndexFields.Text, term.ToString()), position);
                count++;
            }

            tokens.End();
        }

        if (count < 2)
        {
            return null;
        }

        phrase.Boost = PhraseBoost;
        return phrase;
    }

    private static QueryWrapperFilter? BuildFilter(MonthRange? from, MonthRange? to, IReadOnlyList<string>? entityIds, IReadOnlyList<string>? anyEntityIds)
    {
        var filter = new BooleanQuery();
        if (from is not null || to is not null)
        {
            // An item spans months First..Last (a year-only item its whole year); it is kept when
            // that span overlaps the requested range. Undated items have neither field and drop out.
            filter.Add(NumericRangeQuery.NewInt32Range(IndexFields.MonthLast, from?.First, null, true, true), Occur.MUST);
            filter.Add(NumericRangeQuery.NewInt32Range(IndexFields.MonthFirst, null, to?.Last, true, true), Occur.MUST);
        }

        foreach (var entity in (entityIds ?? []).Distinct(StringComparer.Ordinal))
        {
            filter.Add(new TermQuery(new Term(IndexFields.Entity, entity)), Occur.MUST);
        }

        if (anyEntityIds is not null)
        {
            // A terms filter rather than SHOULD clauses: a kind may have more entities than a
            // boolean query takes clauses. No ids at all match nothing.
            var terms = anyEntityIds.Distinct(StringComparer.Ordinal).Select(id => new Term(IndexFields.Entity, id)).ToList();
            filter.Add(terms.Count == 0 ? new BooleanQuery() : new ConstantScoreQuery(new TermsFilter(terms)), Occur.MUST);
        }

        return filter.Clauses.Count == 0 ? null : new QueryWrapperFilter(filter);
    }

    [GeneratedRegex(@"(?<![\w\\])(AND|OR|NOT)(?!\w)|&&|\|\|")]
    private static partial Regex Operators();
}
