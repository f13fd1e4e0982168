using System.Text.Json;

namespace KnowledgeGraph.Core.Readers.Common;

/// <summary>
/// One line of a JSON Lines file: its number and parsed value, or an <see cref="Error"/>. A <see cref="Fatal"/>
/// error (undecodable bytes) ends the file; any other error skips only that line. <see cref="Element"/> is valid only
/// until the next line is read.
/// </summary>
internal readonly record struct JsonLine(long Line, JsonElement Element, string? Error = null, bool Fatal = false);
