namespace CxReviewBot.Features.Catalog.Demo;

/// <summary>
/// 52 weekly periods (ending on Sundays up to <see cref="DemoDataSet.LastPeriodEnd"/>) of experience and commercial
/// metrics. Two stories are built in: support chat deteriorates over the last 11 weeks, and from week 32 sales
/// discounting lifts new revenue while onboarding CSAT and (with a lag) renewal and retention fall.
/// </summary>
internal static class DemoObservations
{
    public const int Weeks = 52;

    public static string Build(DemoRandom random)
    {
        var csv = new DemoCsv("period_end,touchpoint,metric,value");
        for (var week = 0; week < Weeks; week++)
        {
            var period = DemoDataSet.LastPeriodEnd.AddDays(-7 * (Weeks - 1 - week));
            var discounting = Ramp(week, 32, 51);
            var lagged = Ramp(week, 38, 51);
            var decline = Ramp(week, 40, 51);
            void Add(string touchpoint, string metric, double value, int decimals) =>
                csv.Row(period, touchpoint, metric, Math.Round(value, decimals, MidpointRounding.AwayFromZero));

            Add("*", "New revenue", random.Normal(240000 + (70000 * discounting), 12000), 0);
            Add("*", "Net revenue retention", random.Normal(106 - (6 * lagged), 0.6), 1);
            Add("*", "Gross churn", random.Normal(1.2 + (1.6 * lagged), 0.15), 2);
            Add("*", "Renewal rate", random.Normal(91.5 - (8 * lagged), 0.8), 1);
            Add("*", "Expansion", random.Normal(62000 - (15000 * lagged), 4000), 0);
            Add("*", "NPS", random.Normal(38 - (12 * lagged), 2), 0);
            Add(DemoCatalog.ContractPricing, "Discount rate", random.Normal(9 + (12 * discounting), 0.7), 1);
            Add(DemoCatalog.ContractPricing, "New revenue", random.Normal(150000 + (70000 * discounting), 9000), 0);

            foreach (var (name, _, _, _) in DemoCatalog.Touchpoints)
            {
                if (name == DemoCatalog.MobileApp && week >= Weeks - 2)
                {
                    continue; // the app team missed the last two periods: the report must show their older value
                }
                var csatDrop = name switch
                {
                    DemoCatalog.SupportChat => 1.1 * decline,
                    DemoCatalog.OnboardingKickoff => 0.9 * discounting,
                    _ => 0,
                };
                Add(name, "CSAT", random.Normal(4.45 - csatDrop, 0.06), 2);
                Add(name, "CES", random.Normal(2.2 + (csatDrop * 1.2), 0.1), 2);
            }
            Add(DemoCatalog.SupportChat, "FCR", random.Normal(79 - (14 * decline), 1.2), 1);
            Add(DemoCatalog.SupportChat, "Time to first response", random.Normal(1500 + (10500 * decline), 150), 0);
            Add(DemoCatalog.SupportChat, "Ticket volume", random.Normal(900 + (500 * decline), 40), 0);
            Add(DemoCatalog.SupportTickets, "FCR", random.Normal(76, 1.5), 1);
            Add(DemoCatalog.SupportTickets, "Time to first response", random.Normal(3000, 250), 0);
            Add(DemoCatalog.SupportTickets, "Ticket volume", random.Normal(1200, 60), 0);
            Add(DemoCatalog.RenewalCall, "NPS", random.Normal(42 - (14 * lagged), 3), 0);
        }
        return csv.ToString();
    }

    private static double Ramp(int week, int from, int to) => week <= from ? 0 : Math.Min(1, (week - from) / (double)(to - from));
}
