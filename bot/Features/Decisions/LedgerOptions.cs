namespace CxReviewBot.Features.Decisions;

/// <summary>The <c>Ledger</c> configuration section: the minutes poster and the "did it move?" judge.</summary>
internal sealed class LedgerOptions
{
    public const string Section = "Ledger";

    public bool SchedulerEnabled { get; set; } = true;
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromMinutes(1);
}
