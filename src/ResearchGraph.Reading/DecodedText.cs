namespace ResearchGraph.Reading;

/// <summary>A page's bytes as text, with what decoding had to work around.</summary>
/// <param name="Text">The decoded text, without a byte-order mark.</param>
/// <param name="Diagnostics">Notes such as how many bytes were not valid UTF-8.</param>
public sealed record DecodedText(string Text, IReadOnlyList<string> Diagnostics);
