namespace ResearchGraph.Evaluation;

/// <summary>A gold entity: its kind (an <c>EntityKind</c> name), name, other surface forms, and whether it is optional.</summary>
public sealed record GoldEntity
{
    public required string Kind { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<string>? Aliases { get; init; }

    /// <summary>A reasonable reader may or may not extract it: neither a miss when absent nor a false positive when present.</summary>
    public bool Optional { get; init; }

    /// <summary>The name followed by the aliases.</summary>
    public IEnumerable<string> Names => Aliases is null ? [Name] : [Name, .. Aliases];
}
