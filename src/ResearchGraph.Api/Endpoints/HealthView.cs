using System.Text.Json.Serialization;
using ResearchGraph.Worker;

namespace ResearchGraph.Api.Endpoints;

/// <summary>
/// What <c>/health</c> answers when the store and the index are reachable; with the inbox
/// worker's progress (queued / done / failed, recent failures) when <c>serve --worker</c> hosts it.
/// </summary>
public sealed record HealthView(
    string Status,
    int Documents,
    int Entities,
    int Facts,
    int NewsItems,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] WorkerStatusSnapshot? Worker = null);
