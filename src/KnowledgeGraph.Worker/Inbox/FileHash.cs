using System.Security.Cryptography;

namespace KnowledgeGraph.Worker.Inbox;

/// <summary>The SHA-256 of a file's bytes, lower-case hex: the identity of an inbox file in the checkpoint.</summary>
internal static class FileHash
{
    public static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken);
        return Convert.ToHexStringLower(hash);
    }
}
