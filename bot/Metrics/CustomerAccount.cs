using CxReviewBot.Data;
namespace CxReviewBot.Metrics;

/// <summary>A customer account's commercial outcome, keyed by the customer's own account id.</summary>
internal sealed class CustomerAccount : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public string AccountId { get; set; } = "";
    public double Arr { get; set; }
    public DateOnly? RenewalDate { get; set; }
    public RenewalOutcome Outcome { get; set; }
    public double? ExpansionArr { get; set; }
}
