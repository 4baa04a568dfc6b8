using ResearchGraph.Domain;

namespace ResearchGraph.Extraction.Lexicon;

/// <summary>One curated name: its canonical form, kinds, aliases and (for products) the maker.</summary>
public sealed record LexiconEntry(string Name, IReadOnlyList<EntityKind> Kinds, IReadOnlyList<string> Aliases, string? Maker = null);
