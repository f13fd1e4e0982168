using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Core.Readers.Bibtex;

/// <summary>
/// Parses the text of one BibTeX entry (<c>@type{key, name = value, …}</c> or with parentheses). A value is
/// parts joined by <c>#</c>: <c>{braced}</c> (nesting kept), <c>"quoted"</c>, a number or a macro name, expanded
/// from <c>@string</c> definitions and the month abbreviations. Throws <see cref="FormatException"/> on bad syntax.
/// </summary>
internal sealed class BibtexParser
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private readonly Dictionary<string, string> _macros = new(StringComparer.OrdinalIgnoreCase);
    private string _text = string.Empty;
    private int _pos;

    public BibtexParser()
    {
        for (var i = 0; i < Months.Length; i++)
        {
            _macros[Months[i]] = (i + 1).ToString("00", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The entry, or null for <c>@string</c> (recorded as a macro), <c>@comment</c> and <c>@preamble</c>.</summary>
    public BibtexEntry? Parse(string text)
    {
        _text = text;
        _pos = 0;
        SkipSpace();
        Expect('@');
        var type = ReadName().ToLowerInvariant();
        if (type == "comment") return null;
        SkipSpace();
        var close = Peek() switch
        {
            '{' => '}',
            '(' => ')',
            _ => throw new FormatException($"expected '{{' or '(' after @{type}"),
        };
        _pos++;
        if (type == "preamble") return null;
        if (type == "string")
        {
            SkipSpace();
            var name = ReadName();
            SkipSpace();
            Expect('=');
            _macros[name] = ReadValue();
            SkipSpace();
            Expect(close);
            return null;
        }

        SkipSpace();
        var key = ReadUntil(',', close).Trim();
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            SkipSpace();
            if (Peek() == ',') { _pos++; SkipSpace(); }
            if (Peek() == close) { _pos++; break; }
            var name = ReadName().ToLowerInvariant();
            SkipSpace();
            Expect('=');
            fields[name] = ReadValue();
        }
        return new BibtexEntry(type, key, fields);
    }

    private string ReadValue()
    {
        var sb = new StringBuilder();
        while (true)
        {
            SkipSpace();
            var c = Peek();
            if (c == '{') sb.Append(ReadDelimited('{', '}'));
            else if (c == '"') sb.Append(ReadDelimited('"', '"'));
            else if (char.IsDigit(c)) sb.Append(ReadName());
            else if (IsNameChar(c))
            {
                var macro = ReadName();
                sb.Append(_macros.TryGetValue(macro, out var value) ? value : macro);
            }
            else throw new FormatException($"expected a value at offset {_pos}");
            SkipSpace();
            if (Peek() != '#') return sb.ToString();
            _pos++;
        }
    }

    /// <summary>The content between the delimiters; braces inside must balance and are kept.</summary>
    private string ReadDelimited(char open, char close)
    {
        _pos++;
        var start = _pos;
        var depth = 0;
        for (; _pos < _text.Length; _pos++)
        {
            var c = _text[_pos];
            if (c == '\\') { _pos++; continue; }
            if (c == '{') depth++;
            else if (c == '}' && depth > 0) depth--;
            else if (c == close && depth == 0)
            {
                var content = _text[start.._pos];
                _pos++;
                return content;
            }
        }
        throw new FormatException($"unterminated {open}…{close} value");
    }

    private string ReadName()
    {
        var start = _pos;
        while (_pos < _text.Length && IsNameChar(_text[_pos])) _pos++;
        if (_pos == start) throw new FormatException($"expected a name at offset {_pos}, found '{Peek()}'");
        return _text[start.._pos];
    }

    private string ReadUntil(char a, char b)
    {
        var start = _pos;
        while (_pos < _text.Length && _text[_pos] != a && _text[_pos] != b) _pos++;
        if (_pos >= _text.Length) throw new FormatException("entry ends inside its key");
        return _text[start.._pos];
    }

    private static bool IsNameChar(char c) =>
        char.IsLetterOrDigit(c) || c is '_' or '-' or ':' or '.' or '+' or '/' or '\'' or '*' or '&' or '?' or '!' or ';' or '<' or '>' or '[' or ']';

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private void Expect(char c)
    {
        if (Peek() != c) throw new FormatException($"expected '{c}' at offset {_pos}, found '{(Peek() == '\0' ? "end of entry" : Peek().ToString())}'");
        _pos++;
    }
}
