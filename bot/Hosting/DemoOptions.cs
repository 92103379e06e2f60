namespace CxReviewBot.Hosting;

/// <summary>The <c>Demo</c> configuration section: <c>Seed</c> defaults to true in Development only.</summary>
internal sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool? Seed { get; set; }
}
