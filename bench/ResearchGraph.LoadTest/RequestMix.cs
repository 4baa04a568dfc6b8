namespace ResearchGraph.LoadTest;

/// <summary>
/// The requests the clients send, round-robin: mostly searches (phrases, prefixes, fuzzy terms,
/// date and kind filters), then entity pages, lineage, adopters, paths, timelines, listings, health.
/// </summary>
internal static class RequestMix
{
    public static IReadOnlyList<(string Endpoint, string Url)> Requests { get; } =
    [
        ("search", "/api/search?q=point+cloud"),
        ("search", "/api/search?q=%22Qualcomm+Innovation+Fellowship%22"),
        ("search", "/api/search?q=quantum&from=2021&to=2022-12"),
        ("search", "/api/search?q=spars*&limit=20"),
        ("search", "/api/search?q=quantisation~&kind=Project"),
        ("search", "/api/search?q=efficient+deep+learning&entity=MIT&offset=5"),
        ("entity", "/api/entities/project:torchsparse"),
        ("entity", "/api/entities/person:song-han"),
        ("entities", "/api/entities?q=net&kind=Project"),
        ("lineage", "/api/lineage?name=ProxylessNAS"),
        ("adopters", "/api/adopters"),
        ("adopters", "/api/adopters?technique=HAQ"),
        ("path", "/api/path?from=ProxylessNAS&to=Intel"),
        ("timeline", "/api/timeline?entity=TorchSparse"),
        ("timeline", "/api/timeline?entity=Song+Han"),
        ("health", "/health"),
    ];
}
