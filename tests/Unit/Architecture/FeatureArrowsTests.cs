using System.Text.RegularExpressions;

namespace CxReviewBot.UnitTests.Architecture;

/// <summary>
/// The folder rules of docs/architecture.md, checked on bot/'s sources: a feature uses another feature only along an
/// arrow the document lists (with its reason), and the cores and the infrastructure folders use no feature at all.
/// </summary>
public sealed partial class FeatureArrowsTests
{
    /// <summary>Folders of bot/ that must not know any feature.</summary>
    public static readonly string[] FeatureFreeFolders = ["Reviews", "Metrics", "People", "Protocol", "Data", "Outbox", "Graph", "Hosting"];

    [Fact]
    public void EveryFeatureToFeatureUsing_IsAnArrowListedInArchitectureMd()
    {
        var allowed = AllowedArrows();
        var unlisted = SourceFiles()
            .Where(f => f.Folder.StartsWith("Features/", StringComparison.Ordinal))
            .SelectMany(f => FeaturesUsed(f.Text).Select(to => (From: f.Folder["Features/".Length..], To: to, f.Path)))
            .Where(a => a.From != a.To && !allowed.Contains((a.From, a.To)))
            .Select(a => $"{a.Path}: Features/{a.From} -> Features/{a.To}")
            .ToList();

        Assert.True(unlisted.Count == 0, "Arrows not in docs/architecture.md:\n" + string.Join("\n", unlisted));
    }

    [Fact]
    public void CoreAndInfrastructureFolders_UseNoFeature()
    {
        var offenders = SourceFiles()
            .Where(f => FeatureFreeFolders.Contains(f.Folder.Split('/')[0]))
            .Where(f => f.Text.Contains("CxReviewBot.Features", StringComparison.Ordinal))
            .Select(f => f.Path)
            .ToList();

        Assert.True(offenders.Count == 0, "Feature-free folders using a feature:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void ArrowTable_NamesOnlyFeatureFoldersThatExist()
    {
        var features = Directory.GetDirectories(Path.Combine(RepoRoot(), "bot", "Features")).Select(Path.GetFileName).ToHashSet();

        Assert.NotEmpty(AllowedArrows());
        Assert.All(AllowedArrows(), a => Assert.True(features.Contains(a.From) && features.Contains(a.To), $"{a.From} -> {a.To}"));
    }

    [Fact]
    public void FeaturesUsed_ReadsUsingsAndQualifiedNames()
    {
        const string text = "using CxReviewBot.Features.Agenda;\nusing CxReviewBot.Features.Catalog.Import;\n"
            + "var x = new CxReviewBot.Features.Ledger.LedgerQuery();\n// CxReviewBot.Reviews is a core\n";

        Assert.Equal(["Agenda", "Catalog", "Ledger"], FeaturesUsed(text).Order());
    }

    private static IEnumerable<string> FeaturesUsed(string text) =>
        FeatureReference().Matches(text).Select(m => m.Groups["feature"].Value).Distinct();

    /// <summary>The rows of the "Arrows between features" table: | From | To | Why |.</summary>
    private static HashSet<(string From, string To)> AllowedArrows()
    {
        var doc = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "architecture.md"));
        var start = doc.IndexOf("## Arrows between features", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/architecture.md has no '## Arrows between features' section.");
        var section = doc[start..];
        var end = section.IndexOf("\n## ", 3, StringComparison.Ordinal);
        section = end < 0 ? section : section[..end];
        return ArrowRow().Matches(section).Select(m => (m.Groups["from"].Value, m.Groups["to"].Value))
            .Where(a => a is not ("From", "To")).ToHashSet();
    }

    private static IEnumerable<(string Path, string Folder, string Text)> SourceFiles()
    {
        var bot = Path.Combine(RepoRoot(), "bot");
        return Directory.EnumerateFiles(bot, "*.cs", SearchOption.AllDirectories)
            .Select(path => (Path: Path.GetRelativePath(bot, path).Replace('\\', '/'), Full: path))
            .Where(f => !f.Path.StartsWith("Data/Migrations/", StringComparison.Ordinal) && !f.Path.Split('/').Any(p => p is "bin" or "obj"))
            .Select(f => (f.Path, Folder: FolderOf(f.Path), Text: File.ReadAllText(f.Full)));
    }

    /// <summary>"Features/Agenda" for a file under bot/Features/Agenda/..., else the top folder ("Reviews").</summary>
    private static string FolderOf(string path)
    {
        var parts = path.Split('/');
        return parts.Length < 2 ? "" : parts[0] == "Features" && parts.Length > 2 ? $"Features/{parts[1]}" : parts[0];
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CxReviewBot.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("CxReviewBot.sln not found above the test binaries.");
    }

    [GeneratedRegex(@"\bCxReviewBot\.Features\.(?<feature>\w+)")]
    private static partial Regex FeatureReference();

    [GeneratedRegex(@"^\|\s*(?<from>\w+)\s*\|\s*(?<to>\w+)\s*\|", RegexOptions.Multiline)]
    private static partial Regex ArrowRow();
}
