using System.Globalization;
using ResearchGraph.Domain;
using ResearchGraph.Graph;

namespace ResearchGraph.Api.Endpoints;

/// <summary>
/// Reads query parameters as the API documents them, failing with an <see cref="ApiInputException"/>
/// that names the parameter and says what it takes.
/// </summary>
internal static class Input
{
    /// <summary>The longest name or query text a parameter takes.</summary>
    public const int MaxNameLength = 200;

    public static string Required(string? value, string parameter, int maxLength = MaxNameLength) =>
        Optional(value, parameter, maxLength) ?? throw new ApiInputException($"The query parameter '{parameter}' is required.");

    public static string? Optional(string? value, string parameter, int maxLength = MaxNameLength)
    {
        if (value is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ApiInputException($"The query parameter '{parameter}' is empty.");
        }

        if (value.Length > maxLength)
        {
            throw new ApiInputException($"The query parameter '{parameter}' is {value.Length} characters long; at most {maxLength} are allowed.");
        }

        return value.Trim();
    }

    public static int Integer(string? value, string parameter, int fallback, int min, int max)
    {
        if (value is null)
        {
            return fallback;
        }

        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            throw new ApiInputException($"The query parameter '{parameter}' must be a whole number from {min} to {max}, not '{Shorten(value)}'.");
        }

        return number;
    }

    public static EntityKind? Kind(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (!Enum.TryParse<EntityKind>(value, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(value, out _))
        {
            throw new ApiInputException($"The query parameter 'kind' must be one of {string.Join(", ", Enum.GetNames<EntityKind>())}, not '{Shorten(value)}'.");
        }

        return kind;
    }

    public static LineageDirection Direction(string? value) => value?.ToLowerInvariant() switch
    {
        null or "both" => LineageDirection.Both,
        "up" => LineageDirection.Up,
        "down" => LineageDirection.Down,
        _ => throw new ApiInputException($"The query parameter 'direction' must be up, down or both, not '{Shorten(value)}'."),
    };

    public static FactType? Rel(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (!Enum.TryParse<FactType>(value, ignoreCase: true, out var rel) || !Enum.IsDefined(rel) || int.TryParse(value, out _))
        {
            throw new ApiInputException($"The query parameter 'rel' must be one of {string.Join(", ", Enum.GetNames<FactType>())}, not '{Shorten(value)}'.");
        }

        return rel;
    }

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "..." : value;
}
