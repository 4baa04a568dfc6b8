namespace ResearchGraph.Worker;

/// <summary>Where the inbox worker is in its life.</summary>
public enum WorkerState
{
    Starting,
    Running,
    Stopped,
}
