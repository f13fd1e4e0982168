using System.Runtime.CompilerServices;
using System.Text.Json;

namespace KnowledgeGraph.Core.Readers.Common;

/// <summary>
/// Streams the records of a JSON file without loading a large list: a top-level array, or an object holding
/// a list property (<c>results</c>, <c>data</c>), yields element by element; any other object is yielded whole
/// (a single record may be parsed whole). Invalid JSON ends the stream with one error item giving the line.
/// </summary>
internal sealed class JsonListStreamer
{
    private const int InitialBuffer = 1 << 16;
    private readonly IReadOnlySet<string> _listProperties;
    private byte[] _buffer = new byte[InitialBuffer];
    private int _length;
    private int _pos;
    private int _keepFrom = -1;
    private long _lineAtPos = 1;
    private long _index;
    private bool _final;
    private bool _sawList;
    private bool _topIsArray;
    private JsonReaderState _state = new(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
    private Mode _mode = Mode.Start;

    private JsonListStreamer(IReadOnlySet<string> listProperties) => _listProperties = listProperties;

    private enum Mode { Start, TopObject, InList, Done }

    public static async IAsyncEnumerable<JsonItem> ReadAsync(
        Stream stream, IReadOnlySet<string> listProperties, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var streamer = new JsonListStreamer(listProperties);
        var items = new List<JsonItem>();
        while (streamer._mode != Mode.Done)
        {
            string? readError = null;
            try
            {
                await streamer.FillAsync(stream, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                readError = "cannot read: " + ex.Message;
            }
            if (readError is not null)
            {
                yield return new JsonItem(default, streamer._lineAtPos, streamer._index, readError);
                yield break;
            }

            items.Clear();
            streamer.Step(items);
            foreach (var item in items)
            {
                yield return item;
                if (item.Error is not null) yield break;
            }
        }
    }

    private async Task FillAsync(Stream stream, CancellationToken cancellationToken)
    {
        var discardTo = _keepFrom >= 0 ? _keepFrom : _pos;
        if (discardTo > 0)
        {
            Buffer.BlockCopy(_buffer, discardTo, _buffer, 0, _length - discardTo);
            _length -= discardTo;
            _pos -= discardTo;
            if (_keepFrom >= 0) _keepFrom = 0;
        }
        if (_length == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        var n = await stream.ReadAsync(_buffer.AsMemory(_length), cancellationToken);
        _length += n;
        _final = n == 0;
    }

    /// <summary>Advances over every complete unit in the buffer; stops when more bytes are needed.</summary>
    private void Step(List<JsonItem> items)
    {
        try
        {
            while (_mode != Mode.Done && StepOne(items)) { }
            if (_mode != Mode.Done && _final)
            {
                items.Add(Error(_pos > 0 || _length > 0 ? "unexpected end of JSON" : "empty file"));
                _mode = Mode.Done;
            }
        }
        catch (JsonException ex)
        {
            items.Add(new JsonItem(default, _lineAtPos + (ex.LineNumber ?? 0), _index, "invalid JSON: " + ex.Message));
            _mode = Mode.Done;
        }
    }

    private bool StepOne(List<JsonItem> items)
    {
        if (_mode == Mode.Start && _pos == 0 && !_final && _length < 3 && "\uFEFF"u8.StartsWith(_buffer.AsSpan(0, _length)))
        {
            return false; // maybe the start of a byte-order mark: wait for more bytes
        }
        if (_mode == Mode.Start && _pos == 0 && _buffer.AsSpan(0, _length).StartsWith("\uFEFF"u8))
        {
            _pos = 3; // a UTF-8 byte-order mark, which Utf8JsonReader does not skip
        }
        var reader = new Utf8JsonReader(_buffer.AsSpan(_pos, _length - _pos), _final, _state);
        if (!reader.Read()) return false;
        switch (_mode)
        {
            case Mode.Start when reader.TokenType == JsonTokenType.StartObject:
                _keepFrom = _pos + (int)reader.TokenStartIndex;
                _mode = Mode.TopObject;
                break;
            case Mode.Start when reader.TokenType == JsonTokenType.StartArray:
                _topIsArray = _sawList = true;
                _mode = Mode.InList;
                break;
            case Mode.Start:
                items.Add(Error("expected a JSON object or array"));
                _mode = Mode.Done;
                return false;
            case Mode.TopObject when reader.TokenType == JsonTokenType.EndObject:
                Commit(ref reader);
                if (!_sawList) items.Add(WholeDocument());
                _mode = Mode.Done;
                return false;
            case Mode.TopObject:
                var isList = _listProperties.Contains(reader.GetString() ?? string.Empty);
                if (!reader.Read()) return false;
                if (isList && reader.TokenType == JsonTokenType.StartArray)
                {
                    _sawList = true;
                    _keepFrom = -1;
                    _mode = Mode.InList;
                }
                else if (!reader.TrySkip())
                {
                    return false;
                }
                break;
            case Mode.InList when reader.TokenType == JsonTokenType.EndArray:
                _mode = _topIsArray ? Mode.Done : Mode.TopObject;
                break;
            case Mode.InList:
                var probe = reader;
                if (!probe.TrySkip()) return false;
                var line = _lineAtPos + CountLines(_pos, (int)reader.TokenStartIndex);
                using (var doc = JsonDocument.ParseValue(ref reader))
                {
                    items.Add(new JsonItem(doc.RootElement.Clone(), line, ++_index));
                }
                break;
        }
        Commit(ref reader);
        return true;
    }

    private void Commit(ref Utf8JsonReader reader)
    {
        var consumed = (int)reader.BytesConsumed;
        _lineAtPos += CountLines(_pos, consumed);
        _pos += consumed;
        _state = reader.CurrentState;
    }

    private JsonItem WholeDocument()
    {
        using var doc = JsonDocument.Parse(_buffer.AsMemory(_keepFrom, _pos - _keepFrom));
        return new JsonItem(doc.RootElement.Clone(), 1, ++_index);
    }

    private JsonItem Error(string message) => new(default, _lineAtPos, _index, message);

    private long CountLines(int start, int count) => _buffer.AsSpan(start, count).Count((byte)'\n');
}
