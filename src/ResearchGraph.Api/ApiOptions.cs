using System.ComponentModel.DataAnnotations;

namespace ResearchGraph.Api;

/// <summary>The API's settings, bound from the <c>ResearchGraph</c> configuration section.</summary>
public sealed class ApiOptions
{
    public const string Section = "ResearchGraph";

    /// <summary>
    /// The data folder to serve, opened read-only (<c>ResearchGraph:Data</c>). Default:
    /// <c>$RESEARCHGRAPH_DATA</c>, else <c>./data</c>.
    /// </summary>
    [Required]
    public string Data { get; set; } = Environment.GetEnvironmentVariable("RESEARCHGRAPH_DATA") is { Length: > 0 } env ? env : "data";

    /// <summary>
    /// Keep successful answers until the data folder changes (<c>ResearchGraph:ResponseCache</c>,
    /// default true); see <see cref="ResponseCache"/>.
    /// </summary>
    public bool ResponseCache { get; set; } = true;
}
