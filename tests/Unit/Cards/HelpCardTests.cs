using CxReviewBot.Cards;
using CxReviewBot.Cards.Help;

namespace CxReviewBot.UnitTests.Cards;

public sealed class HelpCardTests
{
    private const string HostileText = "**boss** <script>alert('x')</script> [click](https://evil.example) _it_ &amp; # 1.";

    [Fact]
    public void Plain_MatchesGolden() => GoldenFile.Verify("help-plain", HelpCard.Build(new HelpView()));

    [Fact]
    public void UnknownText_MatchesGolden() =>
        GoldenFile.Verify("help-unknown", HelpCard.Build(new HelpView { UnknownText = HostileText }));

    [Fact]
    public void BothStates_PassLint()
    {
        Assert.Empty(CardLint.Check(HelpCard.Build(new HelpView())));
        Assert.Empty(CardLint.Check(HelpCard.Build(new HelpView { UnknownText = HostileText })));
    }

    [Fact]
    public void EveryCommand_HasButtonRunningIt()
    {
        var card = HelpCard.Build(new HelpView());

        var runs = CardJson.OfType(card, "Action.Execute")
            .Where(a => (string?)a["verb"] == CardVerbs.CommandRun)
            .Select(a => (string?)a["data"]![CardDataKeys.Command])
            .ToList();

        Assert.Equal(CommandCatalog.All.Select(c => c.Name), runs);
    }

    [Fact]
    public void EveryCommand_ShowsDescriptionAndRole()
    {
        var texts = CardJson.OfType(HelpCard.Build(new HelpView()), "TextBlock").Select(t => (string)t["text"]!).ToList();

        Assert.All(CommandCatalog.All, c => Assert.Contains(texts, t => t.Contains(c.Description, StringComparison.Ordinal)));
        Assert.Contains("Who: CX leads and admins", texts);
        Assert.Contains("Who: touchpoint owners", texts);
    }

    [Fact]
    public void UnknownText_IsQuotedOnlyInTextRun()
    {
        var card = HelpCard.Build(new HelpView { UnknownText = HostileText });

        var runs = CardJson.OfType(card, "TextRun").Select(r => (string)r["text"]!).ToList();
        Assert.Equal(["I didn't understand \u201C", HostileText, "\u201D. Here is what I can do."], runs);
        Assert.DoesNotContain(CardJson.OfType(card, "TextBlock"), t => ((string)t["text"]!).Contains("boss", StringComparison.Ordinal));
        Assert.DoesNotContain("boss", card.FallbackText, StringComparison.Ordinal);
    }

    [Fact]
    public void NoUnknownText_HasNoApology()
    {
        var card = HelpCard.Build(new HelpView { UnknownText = "   " });

        Assert.Empty(CardJson.OfType(card, "RichTextBlock"));
        Assert.Equal("TextBlock", (string?)CardJson.Of(card)["body"]![0]!["type"]);
    }

    [Fact]
    public void LongMultilineUnknownText_IsCutToOneLine()
    {
        var text = "line one\n\nline two " + new string('x', 500);

        var card = HelpCard.Build(new HelpView { UnknownText = text });

        var quoted = (string)CardJson.OfType(card, "TextRun").ElementAt(1)["text"]!;
        Assert.StartsWith("line one line two x", quoted, StringComparison.Ordinal);
        Assert.EndsWith("…", quoted, StringComparison.Ordinal);
        Assert.Equal(CardText.DefaultSnippetLength, quoted.Length);
    }
}
