using CxReviewBot.Cards.Model;

namespace CxReviewBot.Cards.Help;

/// <summary>The help card: every command with what it does, who may use it, and a button that runs it.</summary>
public static class HelpCard
{
    public const string Title = "CX Review Bot commands";

    public static AdaptiveCard Build(HelpView view)
    {
        var body = new List<CardElement>();
        var unknown = string.IsNullOrWhiteSpace(view.UnknownText) ? null : CardText.Snippet(view.UnknownText);
        if (unknown is not null)
        {
            // A TextRun, not a TextBlock: the user's text must never be read as markdown.
            body.Add(new RichTextBlock
            {
                Inlines =
                [
                    new TextRun { Text = "I didn't understand \u201C" },
                    new TextRun { Text = unknown, Weight = TextWeight.Bolder },
                    new TextRun { Text = "\u201D. Here is what I can do." },
                ],
            });
        }

        body.Add(CardParts.Heading(Title));
        body.Add(CardParts.Paragraph("Type a command in this chat, or use its button."));
        if (!string.IsNullOrWhiteSpace(view.YourRoles))
        {
            // Review and people names are typed by users: a TextRun keeps them from being read as markdown.
            body.Add(new RichTextBlock { Inlines = [new TextRun { Text = CardText.Snippet(view.YourRoles, 300), Weight = TextWeight.Bolder }] });
        }

        body.AddRange(view.Commands.Select(CommandRow));

        var fallback = unknown is null
            ? $"{Title}: {string.Join(", ", view.Commands.Select(c => c.Name))}."
            : $"I didn't understand that. {Title}: {string.Join(", ", view.Commands.Select(c => c.Name))}.";
        return CardParts.Card(fallback, body);
    }

    private static ColumnSet CommandRow(CommandInfo command) => new()
    {
        Separator = true,
        Spacing = Spacing.Medium,
        Columns =
        [
            new Column
            {
                Width = ColumnWidth.Stretch,
                VerticalContentAlignment = VerticalAlignment.Center,
                Items =
                [
                    new TextBlock { Text = $"**{command.Name}** \u2014 {command.Description}", Wrap = true },
                    CardParts.Subtle($"Who: {RoleLabel(command.Role)}"),
                ],
            },
            new Column
            {
                Width = ColumnWidth.Auto,
                VerticalContentAlignment = VerticalAlignment.Center,
                Items = [new ActionSet { Actions = [CardParts.CommandButton(command.ButtonTitle, command.Name)] }],
            },
        ],
    };

    private static string RoleLabel(CommandRole role) => role switch
    {
        CommandRole.Anyone => "anyone",
        CommandRole.ReviewMember => "review members",
        CommandRole.TouchpointOwner => "touchpoint owners",
        CommandRole.CxLead => "CX leads",
        CommandRole.CxLeadOrAdmin => "CX leads and admins",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
