namespace ResearchGraph.Graph;

/// <summary>Which way to follow PRECEDES facts: down to successors, up to predecessors, or both.</summary>
public enum LineageDirection
{
    Both,
    Down,
    Up,
}
