using System.Runtime.CompilerServices;
using System.Text.Json;

namespace KnowledgeGraph.Core.Readers.Common;

/// <summary>Reads JSON Lines one line at a time: blank lines skipped, a bad line reported with its number.</summary>
internal static class JsonLines
{
    public static async IAsyncEnumerable<JsonLine> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = TextDecoding.CreateReader(stream);
        long lineNumber = 0;
        while (true)
        {
            var (text, fatal) = await TextDecoding.ReadLineOrErrorAsync(reader, cancellationToken);
            lineNumber++;
            if (fatal is not null)
            {
                yield return new JsonLine(lineNumber, default, fatal, Fatal: true);
                yield break;
            }
            if (text is null) yield break;
            if (string.IsNullOrWhiteSpace(text)) continue;

            JsonDocument? doc = null;
            string? error = null;
            try
            {
                doc = JsonDocument.Parse(text);
                if (doc.RootElement.ValueKind != JsonValueKind.Object) error = "line is not a JSON object";
            }
            catch (JsonException ex)
            {
                error = "invalid JSON: " + ex.Message;
            }
            // The element is only valid until the caller asks for the next line (the document is then disposed):
            // readers map it to a record first, so no line is copied a second time.
            using (doc)
            {
                yield return new JsonLine(lineNumber, doc?.RootElement ?? default, error);
            }
        }
    }
}
