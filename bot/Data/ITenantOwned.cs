namespace CxReviewBot.Data;

/// <summary>Marks a row that belongs to one Entra tenant; <see cref="CxDbContext"/> filters every query by it.</summary>
internal interface ITenantOwned
{
    string TenantId { get; set; }
}
