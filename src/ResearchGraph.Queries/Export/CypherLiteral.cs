using System.Globalization;
using System.Text;

namespace ResearchGraph.Queries.Export;

/// <summary>
/// Writes values as Cypher literals: the one escaping function of the Cypher export. Strings are
/// single-quoted with backslash escapes for the quote, the backslash and every control character,
/// so no value can end the literal early; other characters (any script, emoji) stay as they are.
/// </summary>
public static class CypherLiteral
{
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var sb = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '\'': sb.Append(@"\'"); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\t': sb.Append(@"\t"); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029')
                    {
                        sb.Append(@"\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('\'').ToString();
    }

    public static string Integer(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";

    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(String)) + "]";
}
