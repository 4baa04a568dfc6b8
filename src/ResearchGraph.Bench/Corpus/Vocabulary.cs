using ResearchGraph.Domain;
using ResearchGraph.Extraction.Lexicon;

namespace ResearchGraph.Bench.Corpus;

/// <summary>
/// The names a generated corpus draws from: projects, people and labs generated per index (so
/// any count is possible without holding them), and the organizations, products, venues and
/// techniques of the extractor's lexicons, so the extractor recognises them.
/// </summary>
public sealed class Vocabulary
{
    /// <summary>Projects each page introduces; page <c>p</c> owns projects <c>p*ProjectsPerPage ...</c>.</summary>
    public const int ProjectsPerPage = 3;

    private static readonly string[] FirstNames =
    [
        "Ada", "Alan", "Amara", "Anika", "Arjun", "Beatrix", "Bruno", "Camila", "Chen", "Dario",
        "Elena", "Emil", "Farah", "Felix", "Greta", "Hana", "Hugo", "Ines", "Ivan", "Jana",
        "Jonas", "Kai", "Keiko", "Lars", "Leila", "Lena", "Luca", "Maya", "Mateo", "Mei",
        "Milan", "Nadia", "Nikolai", "Nora", "Omar", "Oskar", "Priya", "Rafael", "Ravi", "Rosa",
        "Sami", "Sara", "Sofia", "Tariq", "Theo", "Uma", "Vera", "Victor", "Wen", "Yara",
        "Yusuf", "Zara", "Anton", "Clara", "Dmitri", "Esther", "Goran", "Helga", "Irene", "Kofi",
    ];

    private static readonly string[] LastNames =
    [
        "Abbott", "Alvarez", "Bauer", "Berg", "Castillo", "Dahl", "Duarte", "Eriksen", "Falk", "Ferreira",
        "Gallo", "Hartmann", "Holm", "Ibarra", "Jansen", "Kaur", "Keller", "Kowalski", "Lindqvist", "Lopez",
        "Moreno", "Nakamura", "Novak", "Okafor", "Olsen", "Park", "Petrov", "Quist", "Rahman", "Rossi",
        "Sandoval", "Schmidt", "Silva", "Sorensen", "Takeda", "Tanaka", "Ulrich", "Varga", "Vogel", "Weber",
        "Winter", "Yamada", "Zhou", "Zimmer", "Brandt", "Costa", "Dietrich", "Engel", "Fischer", "Greco",
        "Haas", "Iversen", "Jovanovic", "Kruger", "Lund", "Marino", "Nilsson", "Ortega", "Pereira", "Reyes",
        "Santos", "Strand", "Torres", "Valdez", "Wagner", "Young", "Ziegler", "Aston", "Bishop", "Carver",
    ];

    private static readonly string[] LabTopics =
    [
        "Systems", "Efficient Computing", "Machine Learning", "Robotics", "Vision", "Hardware", "Data Systems",
        "Embedded Intelligence", "Language", "Networked Systems", "Architecture", "Edge AI",
    ];

    public Vocabulary(Lexicons lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        Companies = Names(lexicons.Organizations, EntityKind.Company);
        Sponsors = Names(lexicons.Organizations, EntityKind.Sponsor);
        Institutions = Names(lexicons.Organizations, EntityKind.Institution);
        Venues = lexicons.Venues.Select(v => v.Name).Where(n => !n.Contains(' ', StringComparison.Ordinal)).ToList();
        Techniques = lexicons.Techniques.Select(t => t.Name).ToList();

        // A product is written after its maker ("NVIDIA TensorRT"), as pages do.
        Products = lexicons.Products.Where(p => p.Maker is not null).Select(p => (p.Maker!, p.Name)).ToList();
    }

    /// <summary>The vocabulary over the extractor's shipped lexicons.</summary>
    public static Vocabulary Default { get; } = new(Lexicons.Default);

    public IReadOnlyList<string> Companies { get; }

    public IReadOnlyList<string> Sponsors { get; }

    public IReadOnlyList<string> Institutions { get; }

    public IReadOnlyList<string> Venues { get; }

    public IReadOnlyList<string> Techniques { get; }

    public IReadOnlyList<(string Maker, string Product)> Products { get; }

    /// <summary>The name of project <paramref name="index"/>; unique per index.</summary>
    public static string Project(long index) => NameMaker.Name(index, salt: 1);

    /// <summary>The second version of a project, named as pages name them ("KorvaleV2").</summary>
    public static string SecondVersion(long index) => Project(index) + "V2";

    /// <summary>The name of person <paramref name="index"/>: first and last name, with a middle initial once the pairs run out.</summary>
    public static string Person(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        long pairs = FirstNames.Length * LastNames.Length;

        // Stride through the pairs so that neighbouring indexes differ in both names.
        var pair = (index * 37) % pairs;
        var first = FirstNames[pair % FirstNames.Length];
        var last = LastNames[(pair / FirstNames.Length) % LastNames.Length];
        var round = index / pairs;
        if (round == 0)
        {
            return first + " " + last;
        }

        var initial = (char)('A' + ((round - 1) % 26));
        var extra = (round - 1) / 26;
        return extra == 0 ? $"{first} {initial}. {last}" : $"{first} {initial}. {last}-{LastNames[extra % LastNames.Length]}";
    }

    /// <summary>The name of lab <paramref name="index"/> ("Korvale Systems Lab").</summary>
    public static string Lab(long index) => NameMaker.Name(index, salt: 2) + " " + LabTopics[index % LabTopics.Length] + " Lab";

    private static List<string> Names(IEnumerable<LexiconEntry> entries, EntityKind kind) =>
        entries.Where(e => e.Kinds.Contains(kind)).Select(e => e.Name).ToList();
}
