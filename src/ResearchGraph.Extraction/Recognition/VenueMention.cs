using ResearchGraph.Extraction.Lexicon;

namespace ResearchGraph.Extraction.Recognition;

/// <summary>A venue named in text, with the year attached to it (<c>NeurIPS’22</c>, <c>DATE 2023</c>) when there is one.</summary>
internal sealed record VenueMention(int Start, int End, LexiconEntry Venue, int? Year);
