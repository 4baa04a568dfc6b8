using System.Security.Cryptography;
using System.Text;

namespace ResearchGraph.Domain;

/// <summary>Computes fact ids from the identifying tuple, so both stores and every run agree.</summary>
public static class FactIds
{
    /// <summary>A deterministic id for the fact <c>(rel, from, to, year, via)</c>.</summary>
    public static string For(FactType rel, string from, string to, int? year, string? via)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var key = string.Join('\u001f', rel.ToString(), from, to, year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", via ?? "");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return "fact:" + Convert.ToHexStringLower(hash, 0, 10);
    }
}
