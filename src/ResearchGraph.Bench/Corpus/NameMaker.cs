namespace ResearchGraph.Bench.Corpus;

/// <summary>
/// Makes pronounceable, capitalised names ("Korvale", "Tisumo") that are unique per index: the
/// index is scrambled by a bijection and spelt in consonant-vowel syllables, so no two indexes
/// share a name and neighbouring indexes do not look alike.
/// </summary>
internal static class NameMaker
{
    private const string Consonants = "bdfgklmnprstvz";
    private const string Vowels = "aeiou";
    private static readonly int Syllables = Consonants.Length * Vowels.Length;

    // 70^3 = 343,000 three-syllable names; beyond them four syllables.
    private static readonly long ThreeSyllables = (long)Syllables * Syllables * Syllables;

    /// <summary>The name of <paramref name="index"/> in the namespace <paramref name="salt"/> (different salts give different names).</summary>
    public static string Name(long index, int salt)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var length = index < ThreeSyllables ? 3 : 4;
        var space = length == 3 ? ThreeSyllables : ThreeSyllables * Syllables;
        var local = length == 3 ? index : index - ThreeSyllables;

        // Multiplying by a number coprime to the space (it has only the factors 2, 5 and 7) is a bijection.
        var scrambled = (long)((((ulong)local * 7_919UL) + (ulong)(salt * 104_729L)) % (ulong)space);
        var chars = new char[length * 2];
        for (var i = 0; i < length; i++)
        {
            var s = (int)(scrambled % Syllables);
            scrambled /= Syllables;
            chars[(i * 2)] = Consonants[s / Vowels.Length];
            chars[(i * 2) + 1] = Vowels[s % Vowels.Length];
        }

        chars[0] = char.ToUpperInvariant(chars[0]);
        return new string(chars);
    }
}
