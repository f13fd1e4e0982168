using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>
/// Builds the JSON parameter of a set-based statement (<c>… FROM json_each(?1)</c>): one bound value carries a whole
/// batch of rows, so SQLite inserts or looks up thousands of rows in one step instead of one bind-step-reset per row.
/// The rows are bound as the UTF-8 they are written in (<see cref="ToUtf8"/>), and the buffer is reused by the next
/// JsonRows on the thread: a batch's rows run to megabytes, and a new buffer (plus a UTF-16 copy of it) for each
/// statement kept the large-object heap, and with it full garbage collections, busy.
/// </summary>
internal sealed class JsonRows : IDisposable
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _spare;

    private readonly ArrayBufferWriter<byte> _buffer;
    private readonly Utf8JsonWriter _writer;
    private bool _ended;

    public JsonRows()
    {
        _buffer = _spare ?? new ArrayBufferWriter<byte>(1 << 16);
        _spare = null;
        _buffer.ResetWrittenCount();
        // json_each decodes any escape, so the relaxed encoder (fewer escapes) is safe here: the text is data, not HTML.
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
        _writer.WriteStartArray();
    }

    public int Count { get; private set; }

    /// <summary>A JSON array of strings: <c>["a","b"]</c>. The caller disposes it.</summary>
    public static JsonRows Strings(IEnumerable<string> values)
    {
        var rows = new JsonRows();
        foreach (var value in values) rows.Value(value);
        return rows;
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

    /// <summary>The rows as one JSON array, in UTF-8; valid until this is disposed.</summary>
    public ReadOnlySpan<byte> ToUtf8()
    {
        if (!_ended)
        {
            _writer.WriteEndArray();
            _writer.Flush();
            _ended = true;
        }
        return _buffer.WrittenSpan;
    }

    public void Dispose()
    {
        _writer.Dispose();
        // Keep the larger buffer for the next one; a single cached buffer per thread bounds what stays allocated.
        if (_spare is null || _spare.Capacity < _buffer.Capacity) _spare = _buffer;
    }

    private void WriteString(string? value)
    {
        if (value is null) _writer.WriteNullValue();
        else _writer.WriteStringValue(value);
    }
}
