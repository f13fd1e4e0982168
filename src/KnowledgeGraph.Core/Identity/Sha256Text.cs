using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Core.Identity;

/// <summary>
/// SHA-256 of a string's UTF-8 bytes, written as lower-case hex. One reusable hash context per thread: the one-shot
/// <see cref="SHA256.HashData(ReadOnlySpan{byte}, Span{byte})"/> sets up a new native context on every call, which
/// costs more than hashing a title, and the writer hashes hundreds of thousands of titles per batch.
/// </summary>
public static class Sha256Text
{
    [ThreadStatic]
    private static IncrementalHash? _hash;

    /// <summary>The first <paramref name="bytes"/> bytes (at most 32) of the hash, as <c>2 × bytes</c> hex characters.</summary>
    public static string HexPrefix(string text, int bytes) => HexPrefix([text], '\0', bytes);

    /// <summary>
    /// The same as <c>HexPrefix(string.Join(separator, parts), bytes)</c> (a null part counts as empty), without
    /// building the joined string: the writer hashes every paper row it stores this way.
    /// </summary>
    public static string HexPrefix(ReadOnlySpan<string?> parts, char separator, int bytes)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bytes, 32);
        var hash = _hash ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var length = parts.Length * Encoding.UTF8.GetMaxByteCount(1);
        foreach (var part in parts) length += Encoding.UTF8.GetMaxByteCount(part?.Length ?? 0);
        var rented = length > 1024 ? ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            Span<byte> utf8 = rented ?? stackalloc byte[length];
            var written = 0;
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0) written += Encoding.UTF8.GetBytes([separator], utf8[written..]);
                written += Encoding.UTF8.GetBytes(parts[i].AsSpan(), utf8[written..]);
            }
            hash.AppendData(utf8[..written]);
            Span<byte> digest = stackalloc byte[32];
            hash.GetHashAndReset(digest);
            return Convert.ToHexStringLower(digest[..bytes]);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
