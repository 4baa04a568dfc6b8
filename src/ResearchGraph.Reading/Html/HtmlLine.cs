using System.Text;

namespace ResearchGraph.Reading.Html;

/// <summary>
/// The inline text gathered since the last line end, and whether it all sat inside
/// heading-like inline elements (<c>&lt;heading&gt;</c>, <c>&lt;strong&gt;</c>).
/// </summary>
internal sealed class HtmlLine
{
    private readonly StringBuilder text = new();

    public bool HasPlain { get; private set; }

    public bool HasHeadingTag { get; private set; }

    public bool HasStrong { get; private set; }

    public bool IsEmpty => !HasPlain && !HasHeadingTag && !HasStrong;

    public void Append(string value, int headingDepth, int strongDepth)
    {
        text.Append(value);
        if (value.AsSpan().IsWhiteSpace())
        {
            return;
        }

        if (headingDepth > 0)
        {
            HasHeadingTag = true;
        }
        else if (strongDepth > 0)
        {
            HasStrong = true;
        }
        else
        {
            HasPlain = true;
        }
    }

    public void AppendRaw(char c) => text.Append(c);

    public string TakeText()
    {
        var value = text.ToString();
        text.Clear();
        HasPlain = HasHeadingTag = HasStrong = false;
        return value;
    }
}
