using System.Globalization;
using CxReviewBot.Cards.Agenda;
using CxReviewBot.Cards.Decisions;

namespace CxReviewBot.UnitTests.Cards;

/// <summary>Deterministic ledger entries for the ledger and minutes card tests.</summary>
internal static class LedgerSamples
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static IReadOnlyList<LedgerEntry> Mixed() =>
    [
        new("4", "Put a senior agent on every detractor call back within 24 hours", "Grace Hopper", Today.AddDays(7), LedgerStatus.Open)
        {
            DecidedOn = Today, Version = 2, Touchpoint = "Support chat", Metric = "NPS", Expected = "expected +5 by 2026-12-31", AwaitsJudgement = true,
        },
        new("3", "Fix the **onboarding** checklist <b>now</b>", "Ada Lovelace", Today.AddDays(-3), LedgerStatus.Open)
        {
            DecidedOn = Today.AddDays(-14), DaysOverdue = 3, Touchpoint = "Onboarding", Metric = "CSAT", Expected = "expected +0.3 by 2026-11-20",
            Outcome = MoveOutcome.MovedWrongWay, AwaitsJudgement = true,
        },
        new("2", "Call every churned account", "Grace Hopper", Today.AddDays(-20), LedgerStatus.Done)
        {
            DecidedOn = Today.AddDays(-30), Touchpoint = "Renewal call", Metric = "Renewal rate", Expected = "expected +2 by 2026-11-10",
            Outcome = MoveOutcome.MovedAsExpected, AwaitsJudgement = true,
        },
        new("1", "Drop the survey pop-up", "Alan Turing", Today.AddDays(-1), LedgerStatus.Cancelled) { DecidedOn = Today.AddDays(-40) },
    ];

    public static LedgerView View(LedgerFilter? filter = null, bool buttons = true)
    {
        var entries = Mixed();
        var applied = filter ?? new LedgerFilter();
        return new LedgerView("7", "Decisions \u2014 Weekly business review")
        {
            Entries = applied.Apply(entries),
            Unfiltered = entries.Count,
            Filter = applied,
            TouchpointOptions = ["Onboarding", "Renewal call", "Support chat"],
            OwnerOptions = ["Ada Lovelace", "Alan Turing", "Grace Hopper"],
            CanEdit = buttons,
            CanCancel = buttons,
            CanShow = buttons,
        };
    }

    public static LedgerView Many(int count, int page) => View() with
    {
        Entries = [.. Enumerable.Range(1, count).Select(i => new LedgerEntry(i.ToString(CultureInfo.InvariantCulture), $"Decision number {i} with a reasonably long text to fill the card", "Grace Hopper", Today, LedgerStatus.Open) { DecidedOn = Today, Touchpoint = "Onboarding", Metric = "CSAT", Expected = "expected +0.3 by 2026-12-31", AwaitsJudgement = true })],
        Unfiltered = count,
        Page = page,
    };
}
