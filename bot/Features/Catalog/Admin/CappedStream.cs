namespace CxReviewBot.Features.Catalog.Admin;

/// <summary>
/// A request body read through a byte budget: past <paramref name="maxBytes"/> it throws
/// <see cref="BodyTooLargeException"/>, whatever the server's own limit (TestServer has none, a proxy may stream).
/// Read-only and forward-only like the request body it wraps; everything but reading is the body's own answer.
/// </summary>
internal sealed class CappedStream(Stream inner, long maxBytes) : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => inner.Length;
    public override long Position { get => _read; set => inner.Position = value; }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
    public override void SetLength(long value) => inner.SetLength(value);
    public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

    private int Count(int read)
    {
        _read += read;
        return _read > maxBytes ? throw new BodyTooLargeException(maxBytes) : read;
    }
}
