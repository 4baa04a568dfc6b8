using System.Globalization;

namespace ResearchGraph.Reading;

/// <summary>
/// Private-use characters the Markdown reader plants where a dated shortcode opens and closes, so
/// that the span of its content can be found in the visible text after Markdig has rendered it.
/// The page builder removes them; input text has them stripped first so they cannot be forged.
/// </summary>
internal static class NewsMarkers
{
    public const char Open = '\uE000';
    public const char OpenEnd = '\uE001';
    public const char Close = '\uE002';

    public static string OpenMarker(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{Open}{index}{OpenEnd}");

    public static bool IsMarker(char c) => c is Open or OpenEnd or Close;
}
