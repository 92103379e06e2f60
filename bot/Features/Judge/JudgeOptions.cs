namespace CxReviewBot.Features.Judge;

/// <summary>The <c>Ledger</c> configuration section as the "did it move?" judge reads it (the minutes poster reads the same section).</summary>
internal sealed class JudgeOptions
{
    public const string Section = "Ledger";

    public bool SchedulerEnabled { get; set; } = true;
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromMinutes(1);
}
