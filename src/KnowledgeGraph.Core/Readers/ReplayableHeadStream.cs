namespace KnowledgeGraph.Core.Readers;

/// <summary>
/// A read-only stream wrapper that lets the first bytes be peeked for format sniffing and then read again,
/// which a <see cref="System.IO.Compression.GZipStream"/> cannot do by seeking.
/// </summary>
internal sealed class ReplayableHeadStream : Stream
{
    private readonly Stream _inner;
    private readonly int _headSize;
    private byte[]? _head;
    private int _headPos;

    public ReplayableHeadStream(Stream inner, int headSize)
    {
        _inner = inner;
        _headSize = headSize;
    }

    public async Task<byte[]> PeekHeadAsync(CancellationToken cancellationToken)
    {
        if (_head is not null) return _head;
        var buffer = new byte[_headSize];
        var total = 0;
        while (total < buffer.Length)
        {
            var n = await _inner.ReadAsync(buffer.AsMemory(total), cancellationToken);
            if (n == 0) break;
            total += n;
        }
        _head = buffer[..total];
        return _head;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_head is not null && _headPos < _head.Length)
        {
            var n = Math.Min(buffer.Length, _head.Length - _headPos);
            _head.AsSpan(_headPos, n).CopyTo(buffer);
            _headPos += n;
            return n;
        }
        return _inner.Read(buffer);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_head is not null && _headPos < _head.Length)
        {
            var n = Math.Min(buffer.Length, _head.Length - _headPos);
            _head.AsMemory(_headPos, n).CopyTo(buffer);
            _headPos += n;
            return n;
        }
        return await _inner.ReadAsync(buffer, cancellationToken);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await _inner.DisposeAsync();
        await base.DisposeAsync();
    }
}
