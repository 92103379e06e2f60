using CxReviewBot.Cards;
using CxReviewBot.Cards.Help;
using CxReviewBot.Cards.Welcome;

namespace CxReviewBot.UnitTests.Cards;

public sealed class WelcomeCardTests
{
    public static TheoryData<string, WelcomeView> States => new()
    {
        { "welcome-personal", new WelcomeView(InstallScope.Personal) { UserName = "Ada" } },
        { "welcome-groupchat", new WelcomeView(InstallScope.GroupChat) },
        { "welcome-channel", new WelcomeView(InstallScope.Channel) { ConversationName = "CX *Weekly* Review" } },
    };

    [Theory]
    [MemberData(nameof(States))]
    public void Scope_MatchesGolden(string name, WelcomeView view) => GoldenFile.Verify(name, WelcomeCard.Build(view));

    [Theory]
    [MemberData(nameof(States))]
    public void Scope_PassesLint(string name, WelcomeView view) => Assert.True(CardLint.Check(WelcomeCard.Build(view)).Count == 0, name);

    [Theory]
    [MemberData(nameof(States))]
    public void Scope_OffersSetupAndHelpButtons(string name, WelcomeView view)
    {
        var actions = CardJson.Of(WelcomeCard.Build(view))["actions"]!.AsArray();

        Assert.True(actions.Count == 2, name);
        Assert.Equal(WelcomeCard.SetUpTitle, (string?)actions[0]!["title"]);
        Assert.Equal(CommandCatalog.Setup, (string?)actions[0]!["data"]![CardDataKeys.Command]);
        Assert.Equal(WelcomeCard.ShowCommandsTitle, (string?)actions[1]!["title"]);
        Assert.Equal(CommandCatalog.Help, (string?)actions[1]!["data"]![CardDataKeys.Command]);
        Assert.All(actions, a => Assert.Equal(CardVerbs.CommandRun, (string?)a!["verb"]));
    }

    [Fact]
    public void Scopes_GreetDifferently()
    {
        var intros = new[] { InstallScope.Personal, InstallScope.GroupChat, InstallScope.Channel }
            .Select(s => (string)CardJson.Of(WelcomeCard.Build(new WelcomeView(s)))["body"]![1]!["text"]!)
            .ToList();

        Assert.Equal(3, intros.Distinct().Count());
    }

    [Fact]
    public void Card_ListsThreeThingsTheBotDoes()
    {
        var texts = CardJson.OfType(WelcomeCard.Build(new WelcomeView(InstallScope.Channel)), "TextBlock").Select(t => (string)t["text"]!).ToList();

        Assert.Equal(3, texts.Count(t => t == "\u2022"));
        Assert.Contains(texts, t => t.StartsWith("**Experience beside revenue.**", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("**A named owner for every touchpoint.**", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("**Decisions chased.**", StringComparison.Ordinal));
    }

    [Fact]
    public void ConversationName_IsQuotedInTextRun()
    {
        var card = WelcomeCard.Build(new WelcomeView(InstallScope.Channel) { ConversationName = "  CX *Weekly*\nReview " });

        var runs = CardJson.OfType(card, "TextRun").Select(r => (string)r["text"]!).ToList();
        Assert.Equal(["Thanks for adding me ", "to CX *Weekly* Review", "!"], runs);
    }
}
