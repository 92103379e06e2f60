using CxReviewBot.Cards.Model;

namespace CxReviewBot.Cards.Notice;

/// <summary>A titled message card for confirmations, warnings and errors, with optional facts and buttons.</summary>
public static class NoticeCard
{
    public static AdaptiveCard Build(NoticeView view)
    {
        var (marker, color, style) = Tone(view.Kind);
        var header = new Container
        {
            Style = style,
            Bleed = true,
            Items =
            [
                // The word carries the meaning; colour only repeats it.
                new TextBlock { Text = marker, Weight = TextWeight.Bolder, Color = color, Size = TextSize.Small },
                new TextBlock { Text = view.Title, Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Wrap = true, Spacing = Spacing.None },
            ],
        };

        var body = new List<CardElement> { header };
        if (!string.IsNullOrWhiteSpace(view.Message))
        {
            body.Add(CardParts.Paragraph(view.Message));
        }

        if (view.Facts.Count > 0)
        {
            body.Add(new FactSet { Facts = view.Facts });
        }

        var fallback = string.IsNullOrWhiteSpace(view.Message) ? $"{marker}: {view.Title}" : $"{marker}: {view.Title}. {view.Message}";
        return CardParts.Card(fallback, body, [.. view.Buttons.Select(b => b.ToAction())]);
    }

    private static (string Marker, TextColor Color, ContainerStyle Style) Tone(NoticeKind kind) => kind switch
    {
        NoticeKind.Info => ("Info", TextColor.Accent, ContainerStyle.Emphasis),
        NoticeKind.Success => ("Done", TextColor.Good, ContainerStyle.Good),
        NoticeKind.Warning => ("Warning", TextColor.Warning, ContainerStyle.Warning),
        NoticeKind.Error => ("Error", TextColor.Attention, ContainerStyle.Attention),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
