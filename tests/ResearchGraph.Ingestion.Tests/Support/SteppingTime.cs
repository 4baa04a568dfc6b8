namespace ResearchGraph.Ingestion.Tests.Support;

/// <summary>A clock that moves one minute on every reading, so a rewritten document shows a new ingest time.</summary>
public sealed class SteppingTime : TimeProvider
{
    private DateTimeOffset now = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow()
    {
        now = now.AddMinutes(1);
        return now;
    }
}
