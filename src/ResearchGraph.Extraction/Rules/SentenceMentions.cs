using ResearchGraph.Extraction.Lexicon;
using ResearchGraph.Extraction.Recognition;

namespace ResearchGraph.Extraction.Rules;

/// <summary>The venues, organizations and techniques found in one sentence.</summary>
internal sealed record SentenceMentions(
    List<VenueMention> Venues,
    List<OrgMention> Orgs,
    List<(int Start, int End, LexiconEntry Technique)> Techniques);
