namespace CxReviewBot.Features.Catalog.Admin;

internal sealed class BodyTooLargeException(long maxBytes) : Exception($"the body is over {maxBytes} bytes")
{
    public long MaxBytes { get; } = maxBytes;
}
