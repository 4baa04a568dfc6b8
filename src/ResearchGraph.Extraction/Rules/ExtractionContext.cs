using System.Text.RegularExpressions;
using ResearchGraph.Domain;
using ResearchGraph.Extraction.Drafts;
using ResearchGraph.Extraction.Lexicon;
using ResearchGraph.Extraction.Recognition;
using ResearchGraph.Extraction.Text;
using ResearchGraph.Reading;

namespace ResearchGraph.Extraction.Rules;

/// <summary>What every rule sees: the page, its sentences with their mentions, the owner and the graph being built.</summary>
internal sealed partial class ExtractionContext
{
    private readonly Dictionary<int, string> primaryProjectByBlock = [];

    public ExtractionContext(VisiblePage page, DocumentGraph graph, Owner? owner, Recognizers recognizers, List<Sentence> sentences)
    {
        Page = page;
        Graph = graph;
        Owner = owner;
        Recognizers = recognizers;
        Sentences = sentences;
        Mentions = sentences.Select(s => new SentenceMentions(
            recognizers.Venues.Find(page.Text, s.Start, s.End),
            recognizers.Orgs.Find(page.Text, s.Start, s.End),
            recognizers.Techniques.Find(page.Text, s.Start, s.End))).ToList();
    }

    public VisiblePage Page { get; }

    public string Text => Page.Text;

    public DocumentGraph Graph { get; }

    public Owner? Owner { get; }

    public Recognizers Recognizers { get; }

    public List<Sentence> Sentences { get; }

    public List<SentenceMentions> Mentions { get; }

    /// <summary>Spans already claimed as parts of award names, titles or products, where organization mentions are not separate mentions.</summary>
    public List<(int Start, int End)> Claimed { get; } = [];

    public bool IsClaimed(int start, int end) => Claimed.Any(c => c.Start <= start && c.End >= end);

    /// <summary>The first project a news item (or block) is about: what "it" and "industry integration" refer to.</summary>
    public string? PrimaryProject(Sentence s) => primaryProjectByBlock.GetValueOrDefault(s.BlockIndex);

    public void SetPrimaryProject(Sentence s, string projectId) => primaryProjectByBlock.TryAdd(s.BlockIndex, projectId);

    /// <summary>True when the words refer to the page's owner: I, we, our lab, he, she, or the owner's name.</summary>
    public bool IsOwnerReference(string words)
    {
        var w = words.Trim().TrimStart('-', '–', '•', ' ');
        if (OwnerPronoun().IsMatch(w))
        {
            return Owner is not null;
        }

        if (Owner is null)
        {
            return false;
        }

        return w.StartsWith(Owner.Name, StringComparison.Ordinal)
            || (Owner.Kind == EntityKind.Person && Regex.IsMatch(w, @"^(?:Prof\.?\s+|Professor\s+|Dr\.?\s+)?(?:" + Regex.Escape(Owner.FirstName) + "|" + Regex.Escape(Owner.LastName) + @")\b", RegexOptions.CultureInvariant));
    }

    /// <summary>The org entity for a lexicon match, registered with its kinds.</summary>
    public string AddOrg(LexiconEntry org, int start, int end, EntityKind? extraKind = null)
    {
        var id = Graph.AddLexicon(org, extraKind);
        Graph.Mention(id, start, end);
        return id;
    }

    public Sentence SentenceAt(int index) => Sentences[index];

    [GeneratedRegex(@"^(?:I|I['’]m|I am|We|We['’]re|We are|My|Our|Us|He|She|His|Her|Our (?:team|lab|group|research|work)|My (?:team|lab|group|research|work)|The (?:lab|group|team))\b")]
    private static partial Regex OwnerPronoun();
}
