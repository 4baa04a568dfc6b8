using ResearchGraph.Domain;

namespace ResearchGraph.Graph.Tests.Support;

/// <summary>Builds the <see cref="DocumentFacts"/> of one document, a statement at a time.</summary>
public sealed class DocumentBuilder
{
    private static readonly DateTimeOffset DefaultIngested = new(2025, 3, 14, 9, 26, 53, 589, TimeSpan.FromHours(2));

    private readonly string _doc;
    private readonly List<Entity> _entities = [];
    private readonly List<(string Id, FactType Rel, string From, string To, int? Year, string? Via, Dictionary<string, string> Properties, List<Evidence> Evidence)> _facts = [];
    private readonly Dictionary<string, int> _factIndex = [];
    private readonly List<NewsItem> _news = [];
    private string _path;
    private string _hash;
    private string? _url;
    private DateTimeOffset _ingested = DefaultIngested;
    private string _extractorVersion = "test-1";
    private string _visibleText;

    public DocumentBuilder(string doc)
    {
        _doc = doc;
        _path = "/pages/" + doc;
        _hash = "hash-of-" + doc;
        _visibleText = "Visible text of " + doc + ".";
    }

    public string Path => _path;

    public DocumentBuilder AtPath(string path)
    {
        _path = path;
        return this;
    }

    public DocumentBuilder WithHash(string hash)
    {
        _hash = hash;
        return this;
    }

    public DocumentBuilder WithUrl(string url)
    {
        _url = url;
        return this;
    }

    public DocumentBuilder IngestedAt(DateTimeOffset ingested)
    {
        _ingested = ingested;
        return this;
    }

    public DocumentBuilder WithExtractorVersion(string version)
    {
        _extractorVersion = version;
        return this;
    }

    public DocumentBuilder WithText(string visibleText)
    {
        _visibleText = visibleText;
        return this;
    }

    public DocumentBuilder WithEntity(string id, string name, EntityKind kind, params string[] aliases) =>
        WithEntity(id, name, [kind], aliases);

    public DocumentBuilder WithEntity(string id, string name, EntityKind[] kinds, params string[] aliases)
    {
        _entities.Add(new Entity(id, name, kinds, aliases));
        return this;
    }

    /// <summary>
    /// States a fact with one piece of evidence; stating the same fact again adds evidence to it.
    /// The evidence text defaults to <c>"from rel to"</c>.
    /// </summary>
    public DocumentBuilder WithFact(
        FactType rel,
        string from,
        string to,
        int? year = null,
        string? via = null,
        int start = 0,
        string? text = null,
        string? date = null,
        IReadOnlyDictionary<string, string>? properties = null)
    {
        var fact = FindOrAddFact(rel, from, to, year, via);
        var sentence = text ?? $"{from} {rel} {to}";
        fact.Evidence.Add(new Evidence(_doc, date, sentence, start, start + sentence.Length));
        foreach (var (key, value) in properties ?? new Dictionary<string, string>())
        {
            fact.Properties[key] = value;
        }

        return this;
    }

    /// <summary>States a fact with no evidence at all, which no store may keep.</summary>
    public DocumentBuilder WithFactWithoutEvidence(FactType rel, string from, string to)
    {
        FindOrAddFact(rel, from, to, null, null);
        return this;
    }

    public DocumentBuilder WithNews(string? date, string text, int start, params string[] mentions)
    {
        _news.Add(new NewsItem(date, text, start, start + text.Length, mentions));
        return this;
    }

    public DocumentFacts Build() => new(
        new SourceDocument(_path, _doc, _hash, _url, _ingested, _extractorVersion),
        _visibleText,
        [.. _entities],
        [.. _facts.Select(f => new Fact(f.Id, f.Rel, f.From, f.To, f.Year, f.Via, new Dictionary<string, string>(f.Properties), [.. f.Evidence]))],
        [.. _news]);

    private (string Id, FactType Rel, string From, string To, int? Year, string? Via, Dictionary<string, string> Properties, List<Evidence> Evidence) FindOrAddFact(
        FactType rel, string from, string to, int? year, string? via)
    {
        var id = FactIds.For(rel, from, to, year, via);
        if (_factIndex.TryGetValue(id, out var existing))
        {
            return _facts[existing];
        }

        var fact = (id, rel, from, to, year, via, new Dictionary<string, string>(), new List<Evidence>());
        _factIndex[id] = _facts.Count;
        _facts.Add(fact);
        return fact;
    }
}
