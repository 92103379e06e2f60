namespace CxReviewBot.Features.Catalog.Demo;

/// <summary>
/// 2,400 accounts, each with a hidden satisfaction that drives both its survey scores and its renewal odds (so score
/// really predicts renewal, with noise). Accounts won with heavy discounts start less satisfied.
/// </summary>
internal static class DemoAccounts
{
    public const int Count = 2400;

    private static readonly string[] DetractorComments =
    [
        "Onboarding took twice as long as promised",
        "Chat kept me waiting, then closed the conversation",
        "We were sold features that are \"on the roadmap\", not in the product",
        "Invoice was wrong, again",
        "Nobody called us back about the migration, so we did it ourselves",
    ];

    public static (string Accounts, string Responses) Build(DemoRandom random)
    {
        var accounts = new DemoCsv("account_id,arr,renewal_date,outcome,expansion_arr");
        var responses = new DemoCsv("account_id,responded_on,touchpoint,metric,score,comment");
        var anchor = DemoDataSet.LastPeriodEnd;
        for (var n = 1; n <= Count; n++)
        {
            var id = $"ACC-{n:00000}";
            var discounted = random.Chance(0.25);
            var satisfaction = random.Normal(discounted ? -0.7 : 0.2, 1);
            var arr = Math.Clamp(Math.Round(Math.Exp(random.Normal(Math.Log(24000), 0.8)) / 100) * 100, 2000, 400000);
            var renewal = anchor.AddDays(random.Between(-300, 200));
            var decided = renewal <= anchor;
            var renews = random.Chance(1 / (1 + Math.Exp(-(1.4 + (1.5 * satisfaction) + random.Normal(0, 0.5)))));
            var outcome = !decided ? "open" : renews ? "renewed" : "churned";
            double? expansion = decided && renews && random.Chance(1 / (1 + Math.Exp(-(satisfaction - 0.8))))
                ? Math.Round(arr * random.Uniform(0.05, 0.3) / 100) * 100
                : null;
            accounts.Row(id, arr, random.Chance(0.02) ? null : renewal, outcome, expansion);

            var surveyed = decided ? renewal.AddDays(-random.Between(20, 70)) : anchor.AddDays(-random.Between(0, 300));
            Respond(responses, random, id, surveyed, DemoCatalog.RenewalCall, "NPS", Score(random, 7.3 + (2.1 * satisfaction), 1.3, 0, 10));
            if (random.Chance(0.3))
            {
                var earlier = surveyed.AddDays(-random.Between(90, 180));
                Respond(responses, random, id, earlier, DemoCatalog.RenewalCall, "NPS", Score(random, 7.8, 1.5, 0, 10));
            }
            if (random.Chance(0.6))
            {
                var onboarding = discounted ? -0.6 : 0;
                Respond(responses, random, id, anchor.AddDays(-random.Between(0, 360)), DemoCatalog.OnboardingKickoff, "CSAT",
                    Score(random, 3.9 + onboarding + (0.8 * satisfaction), 0.7, 1, 5));
            }
            if (random.Chance(0.5))
            {
                var on = anchor.AddDays(-random.Between(0, 360));
                var recentDrop = on > anchor.AddDays(-77) ? 0.9 : 0;
                Respond(responses, random, id, on, DemoCatalog.SupportChat, "CSAT", Score(random, 4.1 - recentDrop + (0.7 * satisfaction), 0.7, 1, 5));
            }
        }
        return (accounts.ToString(), responses.ToString());
    }

    private static double Score(DemoRandom random, double mean, double noise, int min, int max) =>
        Math.Clamp(Math.Round(random.Normal(mean, noise)), min, max);

    private static void Respond(DemoCsv responses, DemoRandom random, string account, DateOnly on, string touchpoint, string metric, double score)
    {
        var detractor = metric == "NPS" ? score <= 6 : score <= 2;
        var comment = detractor && random.Chance(0.4) ? random.Pick(DetractorComments) : null;
        responses.Row(account, on, touchpoint, metric, score, comment);
    }
}
