using CxReviewBot.Data;
namespace CxReviewBot.Metrics;

/// <summary>A step of the customer journey with its business function and one named owner.</summary>
internal sealed class Touchpoint : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Function { get; set; } = "";
    public string OwnerUpn { get; set; } = "";
    public string? OwnerAadId { get; set; }
    public string? OwnerName { get; set; }
    public string? Description { get; set; }
}
