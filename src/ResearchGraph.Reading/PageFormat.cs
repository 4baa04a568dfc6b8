namespace ResearchGraph.Reading;

/// <summary>The source formats ResearchGraph reads.</summary>
public enum PageFormat
{
    Text,
    Markdown,
    Html,
}
