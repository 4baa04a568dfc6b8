using ResearchGraph.Domain;
using ResearchGraph.Reading;

namespace ResearchGraph.Extraction.Tests.Support;

/// <summary>Runs the real reader and extractor on a snippet and answers questions about the result.</summary>
public sealed class Extract
{
    private static readonly Extractor Extractor = new();

    private Extract(VisiblePage page, ExtractionResult result)
    {
        Page = page;
        Result = result;
    }

    public VisiblePage Page { get; }

    public ExtractionResult Result { get; }

    public static Extract Text(string text) => From(text, PageFormat.Text);

    public static Extract From(string content, PageFormat format)
    {
        var page = PageReader.Read(content, format);
        return new Extract(page, Extractor.Extract(page, "snippet"));
    }

    public string NameOf(string id) => Result.Entities.Single(e => e.Id == id).Name;

    public IEnumerable<string> AllNamesOf(string id)
    {
        var e = Result.Entities.Single(x => x.Id == id);
        return e.Aliases.Append(e.Name);
    }

    public List<(string From, string To, int? Year, string? Via)> Facts(FactType rel) =>
        Result.Facts.Where(f => f.Rel == rel).Select(f => (NameOf(f.From), NameOf(f.To), f.Year, f.Via is null ? null : NameOf(f.Via))).ToList();

    public List<string> Names(EntityKind kind) => Result.Entities.Where(e => e.Kinds.Contains(kind)).Select(e => e.Name).ToList();
}
