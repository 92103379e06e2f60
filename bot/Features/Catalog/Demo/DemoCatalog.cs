namespace CxReviewBot.Features.Catalog.Demo;

/// <summary>The demo company's touchpoints (with named owners) and metric catalogue.</summary>
internal static class DemoCatalog
{
    public const string SupportChat = "Support chat";
    public const string ContractPricing = "Contract & pricing";
    public const string OnboardingKickoff = "Onboarding kickoff";
    public const string RenewalCall = "Renewal call";
    public const string MobileApp = "Mobile app";
    public const string SupportTickets = "Support tickets";

    public static readonly IReadOnlyList<(string Name, string Function, string Owner, string Description)> Touchpoints =
    [
        ("Website", "marketing", "Maya Lindqvist", "Public site, pricing page and trial sign-up"),
        ("Paid campaigns", "marketing", "Omar Haddad", "Search, social and events that bring leads in"),
        ("Sales demo", "sales", "Priya Raman", "First demo and discovery call"),
        (ContractPricing, "sales", "Daniel Brooks", "Quotes, discounts and contract signature"),
        (OnboardingKickoff, "onboarding", "Sofia Moreno", "Kick-off call, plan and first login"),
        ("Data migration", "onboarding", "Kenji Watanabe", "Moving the customer's data in, \"white glove\" for large accounts"),
        ("Core product", "product", "Amara Okafor", "Daily use of the web application"),
        (MobileApp, "product", "Lukas Becker", "iOS and Android apps"),
        (SupportChat, "support", "Hannah Price", "In-app chat, first line"),
        (SupportTickets, "support", "Mateo Silva", "E-mail tickets, second line"),
        ("Invoicing", "billing", "Grace Kim", "Invoices, payment methods, dunning"),
        (RenewalCall, "renewals", "Tom Eriksen", "Renewal conversation 60 days before term end"),
    ];

    public static readonly IReadOnlyList<(string Name, string Kind, string Unit, bool HigherIsBetter, double? Target, double? Threshold, string? Decision)> Metrics =
    [
        ("CSAT", "experience", "score", true, 4.3, 3.8, "Open a fix sprint with the touchpoint owner"),
        ("NPS", "experience", "score", true, 40, 20, "Escalate to the exec review with a recovery plan"),
        ("CES", "experience", "score", false, 2.5, 3.5, "Remove a step or a hand-off from the journey"),
        ("FCR", "experience", "percent", true, 75, 65, "Move tier-2 staff to the front line"),
        ("Time to first response", "experience", "seconds", false, 3600, 14400, "Add evening and weekend support cover"),
        ("Ticket volume", "experience", "count", false, null, null, null),
        ("New revenue", "commercial", "currency", true, 250000, 180000, "Re-plan pipeline coverage with sales leadership"),
        ("Net revenue retention", "commercial", "percent", true, 105, 100, "Launch an expansion play for the top 50 accounts"),
        ("Gross churn", "commercial", "percent", false, 1.5, 2.5, "Start save-desk outreach to at-risk accounts"),
        ("Renewal rate", "commercial", "percent", true, 90, 85, "Pull renewal calls forward by 30 days"),
        ("Expansion", "commercial", "currency", true, 60000, null, null),
        ("Discount rate", "commercial", "percent", false, 10, 18, "Require VP approval for discounts over 15%"),
    ];

    public static string Upn(string ownerName) => $"{ownerName.ToLowerInvariant().Replace(' ', '.')}@contoso.example";
}
