using ResearchGraph.Domain;

namespace ResearchGraph.Queries.Views;

/// <summary>An entity in an export.</summary>
public sealed record ExportEntity(string Id, IReadOnlyList<EntityKind> Kinds, string Name, IReadOnlyList<string> Aliases);
