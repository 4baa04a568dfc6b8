namespace ResearchGraph.Evaluation;

/// <summary>
/// The counts behind one row of figures. Matching is not one-to-one, so predictions and gold
/// items are counted apart: precision comes from <see cref="TruePositives"/> and
/// <see cref="FalsePositives"/> (predictions), recall from <see cref="Found"/> and
/// <see cref="Missed"/> (required gold items). Predictions that match only optional gold items
/// are in neither count.
/// </summary>
/// <param name="TruePositives">Predictions that match a required gold item.</param>
/// <param name="FalsePositives">Predictions that match no gold item.</param>
/// <param name="Found">Required gold items some prediction matches.</param>
/// <param name="Missed">Required gold items no prediction matches (the false negatives).</param>
public sealed record Tally(int TruePositives, int FalsePositives, int Found, int Missed)
{
    public static Tally Zero { get; } = new(0, 0, 0, 0);

    /// <summary>Null when there were no scored predictions.</summary>
    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Null when there was nothing required to find.</summary>
    public double? Recall => Found + Missed == 0 ? null : (double)Found / (Found + Missed);

    /// <summary>
    /// Null when the row is empty (nothing predicted, nothing to find); otherwise the harmonic
    /// mean with a missing precision or recall counted as 0, so a row of only false positives or
    /// only misses scores 0.
    /// </summary>
    public double? F1
    {
        get
        {
            if (TruePositives + FalsePositives + Found + Missed == 0)
            {
                return null;
            }

            var p = Precision ?? 0;
            var r = Recall ?? 0;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public Tally Add(Tally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(TruePositives + other.TruePositives, FalsePositives + other.FalsePositives, Found + other.Found, Missed + other.Missed);
    }

    public static Tally Sum(IEnumerable<Tally> tallies) => tallies.Aggregate(Zero, (a, b) => a.Add(b));
}
