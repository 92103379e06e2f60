namespace CxReviewBot.Features.Catalog.Import;

/// <summary>Collects `line N: reason` messages; an import stops reading once it is full.</summary>
internal sealed class ImportErrors
{
    public const int Max = 20;
    private readonly List<string> _messages = [];

    public IReadOnlyList<string> Messages => _messages;
    public bool Any => _messages.Count > 0;
    public bool IsFull => _messages.Count >= Max;

    public void Add(long line, string reason)
    {
        if (_messages.Count < Max)
        {
            _messages.Add($"line {line}: {reason}");
        }
    }
}
