namespace ResearchGraph.Queries.Views;

/// <summary>The dated news items and facts of an entity, in date order.</summary>
public sealed record TimelineView(EntityRef Entity, IReadOnlyList<TimelineItem> Items);

/// <summary>
/// One dated moment: a news item (its whole text) or, for a dated fact read outside any news item,
/// the sentence it was read from; with the entity's facts whose evidence lies in it.
/// </summary>
public sealed record TimelineItem(string Date, string Doc, string Text, IReadOnlyList<FactView> Facts);
