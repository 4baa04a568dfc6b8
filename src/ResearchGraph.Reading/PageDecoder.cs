using System.Buffers;
using System.Globalization;
using System.Text;

namespace ResearchGraph.Reading;

/// <summary>
/// Decodes a page file's bytes: honours UTF-8 and UTF-16 byte-order marks, reads UTF-8
/// otherwise, replaces invalid sequences with U+FFFD (and says how many bytes were invalid), and
/// refuses empty or binary files with an <see cref="UnreadablePageException"/>.
/// </summary>
public static class PageDecoder
{
    private const int SniffLength = 8 * 1024;

    // Text has the odd control character (form feeds, escape codes); binary has them everywhere.
    private const double MaxControlShare = 0.10;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; throws <see cref="UnreadablePageException"/> for empty or binary content.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        var diagnostics = new List<string>();
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else
        {
            var body = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
            if (body[..Math.Min(body.Length, SniffLength)].Contains((byte)0))
            {
                throw new UnreadablePageException("the file looks binary: it has a NUL byte in its first 8 KB");
            }

            text = DecodeUtf8(body, out var invalid);
            if (invalid > 0)
            {
                diagnostics.Add(string.Create(CultureInfo.InvariantCulture, $"{invalid} byte(s) were not valid UTF-8 and were replaced with U+FFFD"));
            }
        }

        Sniff(text);
        return new DecodedText(text, diagnostics);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, out int invalid)
    {
        invalid = 0;
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Fall through to the slow path, which counts what it replaces.
        }

        var text = new StringBuilder(bytes.Length);
        Span<char> pair = stackalloc char[2];
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
            if (status != OperationStatus.Done)
            {
                invalid += consumed;
            }

            text.Append(pair[..rune.EncodeToUtf16(pair)]);
            bytes = bytes[consumed..];
        }

        return text.ToString();
    }

    private static void Sniff(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UnreadablePageException("the file is empty");
        }

        var sample = text.AsSpan(0, Math.Min(text.Length, SniffLength));
        var controls = 0;
        foreach (var c in sample)
        {
            if (c == '\0')
            {
                throw new UnreadablePageException("the file looks binary: it has a NUL character near its start");
            }

            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'))
            {
                controls++;
            }
        }

        if (controls > sample.Length * MaxControlShare)
        {
            throw new UnreadablePageException(string.Create(CultureInfo.InvariantCulture, $"the file looks binary: {controls} of its first {sample.Length} characters are control characters"));
        }
    }
}
