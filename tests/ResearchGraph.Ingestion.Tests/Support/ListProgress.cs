namespace ResearchGraph.Ingestion.Tests.Support;

/// <summary>Records progress reports synchronously, in order (unlike <see cref="Progress{T}"/>, which posts them).</summary>
public sealed class ListProgress<T> : IProgress<T>
{
    public List<T> Reports { get; } = [];

    public void Report(T value) => Reports.Add(value);
}
