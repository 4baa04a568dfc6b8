using System.Text;

namespace ResearchGraph.Evaluation;

/// <summary>
/// The form names are compared in: lower-cased, <c>’</c> turned into <c>'</c>, everything but
/// letters and digits dropped (<c>MCUNet-v2</c> and <c>mcunetv2</c> agree).
/// </summary>
public static class NameKey
{
    public static string Normalise(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "";
        }

        var key = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant().Replace('’', '\''))
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }

    /// <summary>The non-empty keys of some names; an empty key never matches anything.</summary>
    public static HashSet<string> Set(IEnumerable<string> names) =>
        names.Select(Normalise).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
}
