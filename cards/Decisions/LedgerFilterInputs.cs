using CxReviewBot.Cards.Model;

namespace CxReviewBot.Cards.Decisions;

/// <summary>The ledger's filter row: status, touchpoint and owner choices, the "did not move" toggle, and Apply.</summary>
internal static class LedgerFilterInputs
{
    public static Container Build(LedgerView view) => new()
    {
        Style = ContainerStyle.Emphasis,
        Items =
        [
            new ColumnSet
            {
                Columns =
                [
                    Column(new ChoiceSetInput
                    {
                        Id = LedgerInputs.Status,
                        Label = "Status",
                        Style = ChoiceInputStyle.Compact,
                        Value = LedgerInputs.Wire(view.Filter.Status),
                        Choices = [.. Enum.GetValues<LedgerStatusFilter>().Select(s => new Choice(s == LedgerStatusFilter.All ? "Any status" : s.ToString(), LedgerInputs.Wire(s)))],
                    }),
                    Column(Choices(LedgerInputs.Touchpoint, "Touchpoint", "Any touchpoint", view.TouchpointOptions, view.Filter.Touchpoint)),
                    Column(Choices(LedgerInputs.Owner, "Owner", "Anyone", view.OwnerOptions, view.Filter.Owner)),
                ],
            },
            new ToggleInput
            {
                Id = LedgerInputs.DidNotMove,
                Title = "Only decisions that did not move their metric (wrong way or no change)",
                Value = view.Filter.DidNotMove ? "true" : "false",
                Wrap = true,
            },
            new ActionSet { Actions = [LedgerCard.PageButton(LedgerCard.ApplyTitle, view, 1)] },
        ],
    };

    private static Column Column(CardElement input) => new() { Width = ColumnWidth.Stretch, Items = [input] };

    private static ChoiceSetInput Choices(string id, string label, string anyTitle, IReadOnlyList<string> options, string? value) => new()
    {
        Id = id,
        Label = label,
        Style = ChoiceInputStyle.Compact,
        Value = value ?? LedgerInputs.Any,
        // Choice titles are markdown in some clients; the value stays the exact name the filter compares.
        Choices = [new Choice(anyTitle, LedgerInputs.Any), .. options.Take(100).Select(o => new Choice(CardText.EscapeMarkdown(CardText.Snippet(o, 60)), o))],
    };
}
