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
    private readonly Regex? ownerName;

    public ExtractionContext(VisiblePage page, DocumentGraph graph, Owner? owner, Recognizers recognizers, List<Sentence> sentences)
    {
        Page = page;
        Graph = graph;
        Owner = owner;
        Recognizers = recognizers;
        Sentences = sentences;
        if (owner?.Kind == EntityKind.Person)
        {
            // Built once per page: "Prof. Han", "Song", "Han" all refer to the owner.
            ownerName = new Regex(@"^(?:Prof\.?\s+|Professor\s+|Dr\.?\s+)?(?:" + Regex.Escape(owner.FirstName) + "|" + Regex.Escape(owner.LastName) + @")\b", RegexOptions.CultureInvariant);
        }
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
        var w = StripLead(words);
        if (OwnerPronoun().IsMatch(w))
        {
            return Owner is not null;
        }

        if (Owner is null)
        {
            return false;
        }

        return w.StartsWith(Owner.Name, StringComparison.Ordinal) || (ownerName?.IsMatch(w) ?? false);
    }

    /// <summary>The words without the bullets, dates and tags a news item opens with ("[Nov. 2022] [Award] I ...", "Dec 2021: We ...").</summary>
    public static string StripLead(string words) => LeadingTags().Replace(words.Trim().TrimStart('-', '–', '•', '*', ' '), "");

    /// <summary>True when a subject is only a pronoun or a stand-in ("it", "this paper", "the full version"): it means the item's project.</summary>
    public static bool IsPronounSubject(string words) => PronounSubject().IsMatch(words.Trim());

    /// <summary>The org entity for a lexicon match, registered with its kinds.</summary>
    public string AddOrg(LexiconEntry org, int start, int end, EntityKind? extraKind = null)
    {
        var id = Graph.AddLexicon(org, extraKind);
        Graph.Mention(id, start, end);
        return id;
    }

    // "[Nov. 2022] [Award] I received ...": dates and tags before the subject.
    [GeneratedRegex(@"^(?:\s*(?:\[[^\]]{1,30}\]|\((?:19|20)\d\d[^)]{0,12}\)|(?:[A-Z][a-z]{2,8}\.?\s+)?(?:\d{1,2},?\s+)?(?:\d{1,2}[/.\-]){0,2}(?:19|20)\d\d(?:[\-/.]\d{1,2}){0,2}\s*[:\-–—|])\s*)+")]
    private static partial Regex LeadingTags();

    [GeneratedRegex(@"^(?:it|this|this paper|this work|the paper|the work|the full version|full version|which|they)$", RegexOptions.IgnoreCase)]
    private static partial Regex PronounSubject();

    [GeneratedRegex(@"^(?:I|I['’]m|I am|We|We['’]re|We are|My|Our|Us|He|She|His|Her|Our (?:team|lab|group|research|work)|My (?:team|lab|group|research|work)|The (?:lab|group|team))\b")]
    private static partial Regex OwnerPronoun();
}
