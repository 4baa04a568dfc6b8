namespace ResearchGraph.Evaluation;

/// <summary>A required gold item that was not found, or a prediction that matched nothing, for <c>--verbose</c>.</summary>
/// <param name="Category">The entity kind or fact rel.</param>
/// <param name="Description">The entity's name, or the fact as <c>from -> to (year)</c>.</param>
public sealed record Finding(string Category, string Description);
