using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Text;

namespace ResearchGraph.Reading.Html;

/// <summary>
/// Flattens absurdly deep markup before AngleSharp builds a tree of it: its tree builder scans
/// the stack of open elements for every start tag, so 200 000 nested divs take minutes. Tags
/// beyond <see cref="MaxDepth"/> are dropped and their text kept, which is what browsers do to
/// trees that deep. Uses AngleSharp's own tokenizer, one linear pass.
/// </summary>
internal static class HtmlDepthLimiter
{
    public const int MaxDepth = 512;

    // Elements that are void or routinely left unclosed: counting them would make a long list
    // of unclosed <li> or <p> look deep.
    private static readonly HashSet<string> Flat = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "param", "keygen", "p", "li", "dt", "dd", "td", "th", "tr", "option", "optgroup", "thead", "tbody",
        "tfoot", "colgroup", "caption", "rb", "rt", "rp", "rtc", "html", "head", "body",
    };

    public static string Limit(string html, out bool limited)
    {
        limited = false;
        if (html.AsSpan().Count('<') <= MaxDepth)
        {
            return html;
        }

        var dropped = FindDroppedTags(html);
        if (dropped.Count == 0)
        {
            return html;
        }

        limited = true;
        var output = new StringBuilder(html.Length);
        var at = 0;
        foreach (var (start, end) in dropped)
        {
            output.Append(html, at, start - at);
            at = end;
        }

        return output.Append(html, at, html.Length - at).ToString();
    }

    private static List<(int Start, int End)> FindDroppedTags(string html)
    {
        var dropped = new List<(int, int)>();
        using var source = new TextSource(html);
        var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver) { IsNotConsumingCharacterReferences = true };
        var depth = 0;
        var previous = 0;
        while (true)
        {
            var token = tokenizer.Get();
            if (token.Type == HtmlTokenType.EndOfFile)
            {
                return dropped;
            }

            var end = source.Index;
            if (token.Type == HtmlTokenType.StartTag)
            {
                var name = token.Name;
                tokenizer.State = TextModeOf(name);
                if (!token.AsTag().IsSelfClosing && !Flat.Contains(name) && ++depth > MaxDepth)
                {
                    dropped.Add((previous, end));
                }
            }
            else if (token.Type == HtmlTokenType.EndTag && !Flat.Contains(token.Name))
            {
                if (depth > MaxDepth)
                {
                    dropped.Add((previous, end));
                }

                depth = Math.Max(0, depth - 1);
            }

            previous = end;
        }
    }

    private static HtmlParseMode TextModeOf(string name) => name.ToLowerInvariant() switch
    {
        "script" => HtmlParseMode.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
        "textarea" or "title" => HtmlParseMode.RCData,
        "plaintext" => HtmlParseMode.Plaintext,
        _ => HtmlParseMode.PCData,
    };
}
