using ResearchGraph.Domain;
using ResearchGraph.Extraction.Drafts;
using ResearchGraph.Extraction.Lexicon;
using ResearchGraph.Extraction.Recognition;
using ResearchGraph.Extraction.Rules;
using ResearchGraph.Extraction.Text;
using ResearchGraph.Reading;

namespace ResearchGraph.Extraction;

/// <summary>
/// Reads entities and facts from a page's visible text: pure (no I/O), deterministic, and
/// tolerant — odd text yields fewer facts, never an exception.
/// </summary>
public sealed class Extractor
{
    /// <summary>Bumped whenever the rules change what they extract; with the lexicon fingerprint it forms <see cref="Version"/>.</summary>
    private const string RulesVersion = "2";

    private readonly Recognizers recognizers;
    private readonly Curation.Curation curation;

    private readonly IRule[] rules =
    [
        new PeopleRule(),
        new PublicationRule(),
        new ProposalRule(),
        new AdoptionRule(),
        new SponsorRule(),
        new SectionListRule(),
        new EducationRule(),
        new AffiliationRule(),
        new LineageRule(),
        new AwardRule(),
        new UsesRule(),
        new StudentRule(),
        new ArtifactRule(),
        new MentionRule(),
    ];

    public Extractor(Lexicons lexicons)
        : this(lexicons, Curation.Curation.None)
    {
    }

    /// <summary>An extractor that applies a user's curation (merges, aliases, rejected facts) to every page.</summary>
    public Extractor(Lexicons lexicons, Curation.Curation curation)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        ArgumentNullException.ThrowIfNull(curation);
        recognizers = new Recognizers(lexicons);
        this.curation = curation;
        Version = RulesVersion + "." + lexicons.Fingerprint + (curation.Fingerprint.Length > 0 ? "." + curation.Fingerprint : "");
    }

    /// <summary>An extractor with the shipped lexicons.</summary>
    public Extractor()
        : this(Lexicons.Default)
    {
    }

    /// <summary>Identifies what this extractor would extract: a page extracted by another version is re-extracted.</summary>
    public string Version { get; }

    /// <summary>Extracts what <paramref name="page"/> states; <paramref name="docName"/> is written into every piece of evidence.</summary>
    public ExtractionResult Extract(VisiblePage page, string docName)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(docName);
        var graph = new DocumentGraph(docName);
        Owner? owner = null;
        if (OwnerFinder.Find(page) is { } found)
        {
            var kind = found.IsLab ? EntityKind.Institution : EntityKind.Person;
            owner = new Owner(graph.Add(kind, found.Name), found.Name, kind);
        }

        var sentences = SentenceSplitter.Split(page);
        var context = new ExtractionContext(page, graph, owner, recognizers, sentences);
        foreach (var rule in rules)
        {
            rule.Apply(context);
        }

        graph.DropYearlessDuplicates();
        return curation.Apply(Build(page, graph, owner));
    }

    private static ExtractionResult Build(VisiblePage page, DocumentGraph graph, Owner? owner)
    {
        var facts = graph.Facts
            .Select(f => new Fact(f.Id, f.Rel, f.From, f.To, f.Year, f.Via, f.Properties, f.Evidence.OrderBy(e => e.Start).ToList()))
            .OrderBy(f => f.Id, StringComparer.Ordinal)
            .ToList();

        var used = facts.SelectMany(f => new[] { f.From, f.To, f.Via }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var mentioned = graph.Mentions.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var entities = graph.Entities
            .Where(e => used.Contains(e.Id) || mentioned.Contains(e.Id) || e.Id == owner?.Id)
            .Select(e => e.ToEntity())
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToList();

        var news = page.News.Count > 0
            ? page.News.Select(n => Item(page, graph, n.Date, n.Start, n.End)).ToList()
            : [Item(page, graph, null, 0, page.Text.Length)];

        return new ExtractionResult(entities.FirstOrDefault(e => e.Id == owner?.Id), entities, facts, news);
    }

    private static NewsItem Item(VisiblePage page, DocumentGraph graph, string? date, int start, int end)
    {
        var mentions = graph.Mentions
            .Where(m => m.Start >= start && m.End <= end)
            .Select(m => m.Id)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new NewsItem(date, page.Text[start..end], start, end, mentions);
    }
}
