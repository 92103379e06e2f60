namespace CxReviewBot.Features.Catalog.Demo;

/// <summary>
/// The demo data set as the five import files (samples/ holds the same text). Deterministic: fixed seed and dates
/// anchored to <see cref="LastPeriodEnd"/>, so the seed, the samples and the tests agree.
/// </summary>
internal sealed record DemoDataSet(string Touchpoints, string Metrics, string Observations, string Accounts, string Responses)
{
    public const int Seed = 20261122;
    public static readonly DateOnly LastPeriodEnd = new(2026, 11, 22);

    public static DemoDataSet Build()
    {
        var random = new DemoRandom(Seed);
        var touchpoints = new DemoCsv("touchpoint,function,owner_upn,owner_aad_id,owner_name,description");
        foreach (var (name, function, owner, description) in DemoCatalog.Touchpoints)
        {
            var aadId = name == DemoCatalog.MobileApp ? null : random.Guid().ToString();
            touchpoints.Row(name, function, DemoCatalog.Upn(owner), aadId, owner, description);
        }
        var metrics = new DemoCsv("metric,kind,unit,higher_is_better,target,decision_threshold,decision_if_crossed");
        foreach (var m in DemoCatalog.Metrics)
        {
            metrics.Row(m.Name, m.Kind, m.Unit, m.HigherIsBetter, m.Target, m.Threshold, m.Decision);
        }
        var observations = DemoObservations.Build(random);
        var (accounts, responses) = DemoAccounts.Build(random);
        return new DemoDataSet(touchpoints.ToString(), metrics.ToString(), observations, accounts, responses);
    }

    /// <summary>The files in import order (each refers only to rows of the ones before it).</summary>
    public IEnumerable<(Import.ImportKind Kind, string FileName, string Csv)> Files()
    {
        yield return (Import.ImportKind.Touchpoints, "touchpoints.csv", Touchpoints);
        yield return (Import.ImportKind.Metrics, "metrics.csv", Metrics);
        yield return (Import.ImportKind.Observations, "observations.csv", Observations);
        yield return (Import.ImportKind.Accounts, "accounts.csv", Accounts);
        yield return (Import.ImportKind.Responses, "responses.csv", Responses);
    }
}
