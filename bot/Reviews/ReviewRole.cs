namespace CxReviewBot.Reviews;

[Flags]
internal enum ReviewRole
{
    None = 0,
    Member = 1,
    CxLead = 2,
    Admin = 4,
}
