namespace ResearchGraph.Api.Endpoints;

/// <summary>What <c>/health</c> answers when the store and the index are reachable.</summary>
public sealed record HealthView(string Status, int Documents, int Entities, int Facts, int NewsItems);
