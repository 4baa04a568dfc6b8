using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ResearchGraph.Domain;

namespace ResearchGraph.Extraction.Lexicon;

/// <summary>
/// The curated knowledge a careful reader brings: well-known venues, organizations, products and
/// technique families, loaded from tab-separated data files. Nothing here is specific to one page.
/// </summary>
public sealed class Lexicons
{
    private Lexicons(IReadOnlyList<LexiconEntry> venues, IReadOnlyList<LexiconEntry> organizations, IReadOnlyList<LexiconEntry> products, IReadOnlyList<LexiconEntry> techniques, IReadOnlyList<LexiconEntry> artifacts, string fingerprint)
    {
        Venues = venues;
        Artifacts = artifacts;
        Organizations = organizations;
        Products = products;
        Techniques = techniques;
        Fingerprint = fingerprint;
    }

    public IReadOnlyList<LexiconEntry> Venues { get; }

    public IReadOnlyList<LexiconEntry> Organizations { get; }

    public IReadOnlyList<LexiconEntry> Products { get; }

    public IReadOnlyList<LexiconEntry> Techniques { get; }

    /// <summary>Well-known public models and libraries that pages name without introducing them (Projects).</summary>
    public IReadOnlyList<LexiconEntry> Artifacts { get; }

    /// <summary>A short hash of the lexicon contents: part of the extractor version, so editing a lexicon re-extracts pages.</summary>
    public string Fingerprint { get; }

    /// <summary>The lexicons shipped with ResearchGraph.</summary>
    public static Lexicons Default { get; } = LoadEmbedded();

    /// <summary>
    /// The shipped lexicons extended with the files of the same names in <paramref name="directory"/>
    /// (<c>venues.tsv</c>, <c>organizations.tsv</c>, <c>products.tsv</c>, <c>techniques.tsv</c>,
    /// <c>artifacts.tsv</c>); a file
    /// that is missing there adds nothing.
    /// </summary>
    public static Lexicons LoadWithExtensions(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        string Extra(string file)
        {
            var path = Path.Combine(directory, file);
            return File.Exists(path) ? File.ReadAllText(path) : "";
        }

        return Parse(
            ReadEmbedded("venues.tsv") + "\n" + Extra("venues.tsv"),
            ReadEmbedded("organizations.tsv") + "\n" + Extra("organizations.tsv"),
            ReadEmbedded("products.tsv") + "\n" + Extra("products.tsv"),
            ReadEmbedded("techniques.tsv") + "\n" + Extra("techniques.tsv"),
            ReadEmbedded("artifacts.tsv") + "\n" + Extra("artifacts.tsv"));
    }

    private static Lexicons LoadEmbedded() => Parse(
        ReadEmbedded("venues.tsv"),
        ReadEmbedded("organizations.tsv"),
        ReadEmbedded("products.tsv"),
        ReadEmbedded("techniques.tsv"),
        ReadEmbedded("artifacts.tsv"));

    private static string ReadEmbedded(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Lexicons/" + file)
            ?? throw new InvalidOperationException($"The lexicon '{file}' is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    internal static Lexicons Parse(string venues, string organizations, string products, string techniques, string artifacts)
    {
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(venues + "\0" + organizations + "\0" + products + "\0" + techniques + "\0" + artifacts)), 0, 4);
        return new Lexicons(
            Rows(venues).Select(r => new LexiconEntry(r[0], [EntityKind.Venue], Aliases(r, 1))).ToList(),
            Rows(organizations).Select(r => new LexiconEntry(r[0], Kinds(r.Length > 1 ? r[1] : "Company"), Aliases(r, 2))).ToList(),
            Rows(products).Select(r => new LexiconEntry(r[0], [EntityKind.Product], Aliases(r, 2), r.Length > 1 && r[1].Length > 0 ? r[1] : null)).ToList(),
            Rows(techniques).Select(r => new LexiconEntry(r[0], [EntityKind.Technique], Aliases(r, 1))).ToList(),
            Rows(artifacts).Select(r => new LexiconEntry(r[0], [EntityKind.Project], Aliases(r, 1))).ToList(),
            fingerprint);
    }

    private static IEnumerable<string[]> Rows(string text) =>
        text.Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'))
            .Select(l => l.Split('\t').Select(c => c.Trim()).ToArray())
            .Where(r => r[0].Length > 0);

    private static List<string> Aliases(string[] row, int column) =>
        row.Length > column
            ? row[column].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList()
            : [];

    private static List<EntityKind> Kinds(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(k => Enum.TryParse<EntityKind>(k, ignoreCase: true, out var kind)
                ? kind
                : throw new FormatException($"Unknown entity kind '{k}' in organizations lexicon."))
            .ToList();
}
