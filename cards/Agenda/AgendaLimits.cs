namespace CxReviewBot.Cards.Agenda;

/// <summary>
/// How much of each part the agenda shows at a <see cref="CardDetail"/>: metrics per kind per touchpoint, the length of
/// quoted texts (0 = left out), items per list section, headline metrics, and whether trends are drawn.
/// </summary>
internal sealed record AgendaLimits(int MetricsPerKind, int TextLength, int SectionItems, int HeadlineMetrics, bool Trends)
{
    public static AgendaLimits For(CardDetail detail) => detail switch
    {
        CardDetail.Full => new(MetricsPerKind: 6, TextLength: 240, SectionItems: 10, HeadlineMetrics: 8, Trends: true),
        CardDetail.Compact => new(MetricsPerKind: 3, TextLength: 80, SectionItems: 3, HeadlineMetrics: 6, Trends: true),
        CardDetail.Minimal => new(MetricsPerKind: 0, TextLength: 0, SectionItems: 0, HeadlineMetrics: 4, Trends: false),
        _ => throw new ArgumentOutOfRangeException(nameof(detail), detail, null),
    };
}
