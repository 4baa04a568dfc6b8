using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResearchGraph.Evaluation;

/// <summary>Reads a gold <c>year</c> that is a number, a list of numbers, or null.</summary>
internal sealed class GoldYearsConverter : JsonConverter<IReadOnlyList<int>>
{
    public override bool HandleNull => true;

    public override IReadOnlyList<int> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return [];
            case JsonTokenType.Number:
                return [reader.GetInt32()];
            case JsonTokenType.StartArray:
                var years = new List<int>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.Number)
                    {
                        throw new JsonException("\"year\" lists hold numbers only.");
                    }

                    years.Add(reader.GetInt32());
                }

                return years;
            default:
                throw new JsonException("\"year\" is a number or a list of numbers.");
        }
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<int> value, JsonSerializerOptions options)
    {
        if (value.Count == 1)
        {
            writer.WriteNumberValue(value[0]);
            return;
        }

        writer.WriteStartArray();
        foreach (var year in value)
        {
            writer.WriteNumberValue(year);
        }

        writer.WriteEndArray();
    }
}
