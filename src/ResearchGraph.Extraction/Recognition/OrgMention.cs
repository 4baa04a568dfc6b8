using ResearchGraph.Extraction.Lexicon;

namespace ResearchGraph.Extraction.Recognition;

/// <summary>A known organization named in text.</summary>
internal sealed record OrgMention(int Start, int End, LexiconEntry Org);
