using CxReviewBot.Cards;
using CxReviewBot.Cards.Help;

namespace CxReviewBot.UnitTests.Cards;

public sealed class HelpRolesTests
{
    [Fact]
    public void WithRoles_MatchesGolden() =>
        GoldenFile.Verify("help-roles", HelpCard.Build(new HelpView { YourRoles = "Your roles in the review 'WBR': member, CX lead." }));

    [Fact]
    public void Roles_AreQuotedAsATextRun()
    {
        var card = HelpCard.Build(new HelpView { YourRoles = "Your roles in the review '**WBR**': member." });

        Assert.Equal(["Your roles in the review '**WBR**': member."], CardJson.OfType(card, "TextRun").Select(r => (string)r["text"]!));
        Assert.Empty(CardLint.Check(card));
    }
}
