namespace CxReviewBot.Cards.Help;

/// <summary>Who may run a command (product.md, Users).</summary>
public enum CommandRole
{
    Anyone,
    ReviewMember,
    TouchpointOwner,
    CxLead,
    CxLeadOrAdmin,
}
