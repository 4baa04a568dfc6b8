using System.ComponentModel.DataAnnotations;

namespace ResearchGraph.Bench.Measuring;

/// <summary>What a bench run does.</summary>
public sealed class BenchOptions
{
    /// <summary>How many pages to generate. Default 1000.</summary>
    [Range(1, 10_000_000)]
    public int Docs { get; set; } = 1000;

    /// <summary>The generator seed. Default 1.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Randomized queries per use case (after a short warm-up). Default 300.</summary>
    [Range(1, 1_000_000)]
    public int Queries { get; set; } = 300;

    /// <summary>
    /// Time the stages on the first this many pages only (null: all). The end-to-end figure always
    /// covers every page; stage seconds are then scaled from the sample to the whole corpus by bytes.
    /// </summary>
    [Range(1, 10_000_000)]
    public int? StageDocs { get; set; }

    /// <summary>Pages to ingest instead of generated ones (a folder of real pages); null to generate.</summary>
    public string? Pages { get; set; }

    /// <summary>A folder to keep the corpus and data folders in; null for a temporary folder removed afterwards.</summary>
    public string? Keep { get; set; }
}
