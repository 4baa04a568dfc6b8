using System.Text;

namespace ResearchGraph.Domain;

/// <summary>
/// Builds the stable <c>namespace:slug</c> ids of the knowledge model. Companies, sponsors and
/// institutions share the <c>org</c> namespace so that a later page adding a kind keeps the id.
/// </summary>
public static class EntityIds
{
    /// <summary>The id namespace of a kind.</summary>
    public static string Namespace(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Project => "project",
        EntityKind.Venue => "venue",
        EntityKind.Company or EntityKind.Sponsor or EntityKind.Institution => "org",
        EntityKind.Technique => "technique",
        EntityKind.Award => "award",
        EntityKind.Product => "product",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown entity kind."),
    };

    /// <summary>The id of an entity of <paramref name="kind"/> with canonical name <paramref name="name"/>.</summary>
    public static string For(EntityKind kind, string name) => Namespace(kind) + ":" + Slug(name);

    /// <summary>
    /// The id of a person known only by a first name, scoped to the document that names them
    /// (<c>person:ji@song-han-txt</c>).
    /// </summary>
    public static string ForScopedPerson(string firstName, string docName) =>
        "person:" + Slug(firstName) + "@" + Slug(docName);

    /// <summary>
    /// Lower-cases <paramref name="name"/> and turns every run of characters other than ASCII
    /// letters and digits into one <c>-</c>, trimming dashes at both ends.
    /// </summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        var pendingDash = false;
        foreach (var c in name)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingDash && sb.Length > 0)
                {
                    sb.Append('-');
                }

                pendingDash = false;
                sb.Append(c);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                if (pendingDash && sb.Length > 0)
                {
                    sb.Append('-');
                }

                pendingDash = false;
                sb.Append((char)(c + 32));
            }
            else
            {
                pendingDash = true;
            }
        }

        return sb.ToString();
    }
}
