using System.Text;

namespace KnowledgeGraph.Core.Readers.Common;

/// <summary>Text helpers shared by the readers.</summary>
internal static class TextDecoding
{
    /// <summary>Strict UTF-8: invalid bytes throw <see cref="DecoderFallbackException"/> instead of turning into U+FFFD.</summary>
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A reader that decodes strict UTF-8 (a UTF-16 byte-order mark is honoured) and leaves the stream open.</summary>
    public static StreamReader CreateReader(Stream stream) =>
        new(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);

    /// <summary>
    /// The next line, or the reason it cannot be read (invalid UTF-8, an I/O error) — so readers report a broken file
    /// at its line instead of throwing. Line is null at the end of the file.
    /// </summary>
    public static async Task<(string? Line, string? Error)> ReadLineOrErrorAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return (await reader.ReadLineAsync(cancellationToken), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (null, EncodingError(ex));
        }
    }

    /// <summary>The message for a file that is not UTF-8 text.</summary>
    public static string EncodingError(Exception ex) =>
        ex is DecoderFallbackException
            ? "not valid UTF-8 text (wrong encoding or binary data); re-encode the file as UTF-8"
            : "cannot read: " + ex.Message;

    /// <summary>Collapses every run of white space to one space and trims.</summary>
    public static string CollapseWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>The head decoded leniently, for sniffing only.</summary>
    public static string HeadText(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8)) head = head[3..];
        return Encoding.UTF8.GetString(head);
    }

    /// <summary>True for a date (year-first, <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>) and its year.</summary>
    public static int? YearOf(string? date) =>
        date is { Length: >= 4 } && int.TryParse(date.AsSpan(0, 4), out var year) && year is > 1000 and < 3000 ? year : null;
}
