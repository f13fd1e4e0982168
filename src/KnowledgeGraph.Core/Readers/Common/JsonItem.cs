using System.Text.Json;

namespace KnowledgeGraph.Core.Readers.Common;

/// <summary>
/// One value from <see cref="JsonListStreamer"/>: an element of a list (or the whole document when it is a
/// single object), the line it starts on, and its index in the list; or, when <see cref="Error"/> is set,
/// the reason the file could not be read further.
/// </summary>
internal readonly record struct JsonItem(JsonElement Element, long Line, long Index, string? Error = null);
