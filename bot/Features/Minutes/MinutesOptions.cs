namespace CxReviewBot.Features.Minutes;

/// <summary>The <c>Ledger</c> configuration section as the minutes poster reads it (the judge reads the same section).</summary>
internal sealed class MinutesOptions
{
    public const string Section = "Ledger";

    public bool SchedulerEnabled { get; set; } = true;
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromMinutes(1);
}
