namespace CxReviewBot.Metrics;

/// <summary>One touchpoint × survey metric × band of the linkage section (contract.md "Linkage CSV").</summary>
internal sealed record LinkageRow(
    string Touchpoint,
    string Metric,
    string Band,
    int Accounts,
    double Arr,
    int DecidedAccounts,
    int RenewedAccounts,
    double? RenewalRate,
    double ChurnedArr,
    double ArrRenewing90d);
