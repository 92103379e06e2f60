using CxReviewBot.Cards.Help;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.Reviews;
namespace CxReviewBot.UnitTests.Reviews;

/// <summary>The one place that says who may do what in a review, and how a refusal reads.</summary>
public sealed class ReviewAccessTests
{
    private static readonly ChannelAccount Blake = new() { Id = "29:blake", Name = "Blake Member" };

    private static Review Wbr(params (string Name, ReviewRole Roles)[] members) => new()
    {
        Name = "WBR",
        Members = [.. members.Select((m, i) => new ReviewMember { TeamsUserId = $"29:{i}", Name = m.Name, Roles = m.Roles })],
    };

    // Roles as ints: ReviewRole is internal and xunit theories must be public (1 member, 2 CX lead, 4 admin).
    [Theory]
    [InlineData(CommandRole.Anyone, 0, true)]
    [InlineData(CommandRole.ReviewMember, 0, false)]
    [InlineData(CommandRole.ReviewMember, 1, true)]
    [InlineData(CommandRole.ReviewMember, 4, true)]
    [InlineData(CommandRole.CxLead, 5, false)]
    [InlineData(CommandRole.CxLead, 3, true)]
    [InlineData(CommandRole.CxLeadOrAdmin, 1, false)]
    [InlineData(CommandRole.CxLeadOrAdmin, 4, true)]
    [InlineData(CommandRole.TouchpointOwner, 7, false)]
    public void Allows_MatchesTheRoleTable(CommandRole required, int roles, bool allowed) =>
        Assert.Equal(allowed, ReviewAccess.Allows(required, (ReviewRole)roles));

    [Fact]
    public void TouchpointOwner_IsAllowedWithoutAnyReviewRole() =>
        Assert.True(ReviewAccess.Allows(CommandRole.TouchpointOwner, ReviewRole.None, ownsTouchpoint: true));

    [Theory]
    [InlineData(1, "29:blake", true)]
    [InlineData(1, "29:someone-else", false)]
    [InlineData(3, "29:someone-else", true)]
    [InlineData(4, null, true)]
    [InlineData(0, null, false)]
    public void MayClose_LeadsAdminsOrTheCreator(int roles, string? createdBy, bool allowed) =>
        Assert.Equal(allowed, ReviewAccess.MayClose((ReviewRole)roles, createdBy, Blake));

    [Fact]
    public void MayClose_AUserWithoutIdIsNeverTheCreator() =>
        Assert.False(ReviewAccess.MayClose(ReviewRole.Member, null, new ChannelAccount()));

    [Fact]
    public void Refusal_NamesTheRoleAndTheLeadsToAsk() =>
        Assert.Equal("Only members of the review 'WBR' can see its agenda. Ask Lee Lead or Casey Lead (CX lead) to add you in 'setup'.",
            ReviewAccess.Refusal(Wbr(("Avery", ReviewRole.Member), ("Lee Lead", ReviewRole.CxLead), ("Casey Lead", ReviewRole.CxLead)), CommandRole.ReviewMember, "see its agenda"));

    [Fact]
    public void CloseRefusal_NamesTheCreatorAndTheLeads() =>
        Assert.Equal("Only a CX lead of WBR, an admin or Avery Owner (who recorded it) can cancel this decision. Ask Lee Lead.",
            ReviewAccess.CloseRefusal(Wbr(("Lee Lead", ReviewRole.CxLead)), "Avery Owner", "cancel this decision"));

    [Fact]
    public void WithoutLeads_RefusalsPointToAnAdmin()
    {
        var review = Wbr(("Avery", ReviewRole.Member | ReviewRole.Admin));
        Assert.Equal("Ask an admin of this review.", ReviewAccess.WhoToAsk(review));
        Assert.EndsWith("(who recorded it) can cancel this decision. Ask an admin of this review.", ReviewAccess.CloseRefusal(review, " ", "cancel this decision"));
        Assert.Contains("or the person (who recorded it)", ReviewAccess.CloseRefusal(review, " ", "cancel this decision"), StringComparison.Ordinal);
    }
}
