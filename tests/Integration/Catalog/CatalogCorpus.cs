using System.Text;
using CxReviewBot.Data;
using CxReviewBot.Features.Catalog.Import;
namespace CxReviewBot.IntegrationTests.Catalog;

/// <summary>The import corpus (tests/Integration/Catalog/corpus) and samples/, read from the repository.</summary>
internal static class CatalogCorpus
{
    public const string Tenant = "tenant-a";
    public const string OtherTenant = "tenant-b";

    public static string RepoRoot { get; } = FindRepoRoot();
    public static string Directory => Path.Combine(RepoRoot, "tests", "Integration", "Catalog", "corpus");
    public static string Samples => Path.Combine(RepoRoot, "samples");

    public static readonly ImportKind[] Order = [ImportKind.Touchpoints, ImportKind.Metrics, ImportKind.Observations, ImportKind.Accounts, ImportKind.Responses];

    public static async Task<ImportResult> ImportFileAsync(CxDbContext db, ImportKind kind, string path)
    {
        await using var file = File.OpenRead(path);
        return await new CatalogImporter(db).ImportAsync(kind, file, null, CancellationToken.None);
    }

    public static async Task<ImportResult> ImportTextAsync(CxDbContext db, ImportKind kind, string csv)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await new CatalogImporter(db).ImportAsync(kind, stream, null, CancellationToken.None);
    }

    /// <summary>Imports the five files of a folder in dependency order, failing the test on any error.</summary>
    public static async Task ImportFolderAsync(CxDbContext db, string folder)
    {
        foreach (var kind in Order)
        {
            var result = await ImportFileAsync(db, kind, Path.Combine(folder, $"{kind.Name()}.csv"));
            Assert.True(result.Succeeded, $"{kind}: {string.Join("; ", result.Errors)}");
        }
    }

    public static Task LoadFixtureAsync(CxDbContext db) => ImportFolderAsync(db, Path.Combine(Directory, "fixture"));

    /// <summary>(file name, kind, expected first error) of every file in corpus/bad.</summary>
    public static IEnumerable<(string File, ImportKind Kind, string Expected)> BadFiles() =>
        File.ReadAllLines(Path.Combine(Directory, "bad", "expected.txt"))
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(parts => (parts[0], Enum.Parse<ImportKind>(parts[0].Split('.')[0], ignoreCase: true), parts[1]));

    private static string FindRepoRoot()
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
}
