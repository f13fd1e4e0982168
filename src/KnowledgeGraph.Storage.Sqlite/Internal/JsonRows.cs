using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>
/// Builds the JSON parameter of a set-based statement (<c>… FROM json_each(?1)</c>): one bound value carries a whole
/// batch of rows, so SQLite inserts or looks up thousands of rows in one step instead of one bind-step-reset per row.
/// </summary>
internal sealed class JsonRows : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
    private readonly Utf8JsonWriter _writer;

    public JsonRows()
    {
        // json_each decodes any escape, so the relaxed encoder (fewer escapes) is safe here: the text is data, not HTML.
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
        _writer.WriteStartArray();
    }

    public int Count { get; private set; }

    /// <summary>A JSON array of strings: <c>["a","b"]</c>.</summary>
    public static string Strings(IEnumerable<string> values)
    {
        using var rows = new JsonRows();
        foreach (var value in values) rows.Value(value);
        return rows.ToJson();
    }

    /// <summary>Adds one scalar row.</summary>
    public void Value(string value)
    {
        _writer.WriteStringValue(value);
        Count++;
    }

    /// <summary>Adds one row as a JSON array of strings (null stays null).</summary>
    public void Row(params ReadOnlySpan<string?> values)
    {
        _writer.WriteStartArray();
        foreach (var value in values)
        {
            if (value is null) _writer.WriteNullValue();
            else _writer.WriteStringValue(value);
        }
        _writer.WriteEndArray();
        Count++;
    }

    /// <summary>Adds one row <c>[a, b, number]</c>.</summary>
    public void Row(string a, string b, long number)
    {
        _writer.WriteStartArray();
        _writer.WriteStringValue(a);
        _writer.WriteStringValue(b);
        _writer.WriteNumberValue(number);
        _writer.WriteEndArray();
        Count++;
    }

    /// <summary>Adds one row as a JSON array of strings and a trailing number (null stays null).</summary>
    public void Row(string? a, string? b, string? c, long? number, string? d)
    {
        _writer.WriteStartArray();
        WriteString(a);
        WriteString(b);
        WriteString(c);
        if (number is null) _writer.WriteNullValue();
        else _writer.WriteNumberValue(number.Value);
        WriteString(d);
        _writer.WriteEndArray();
        Count++;
    }

    public string ToJson()
    {
        _writer.WriteEndArray();
        _writer.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    public void Dispose() => _writer.Dispose();

    private void WriteString(string? value)
    {
        if (value is null) _writer.WriteNullValue();
        else _writer.WriteStringValue(value);
    }
}
