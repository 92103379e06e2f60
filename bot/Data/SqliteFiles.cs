using Microsoft.Data.Sqlite;

namespace CxReviewBot.Data;

internal static class SqliteFiles
{
    /// <summary>SQLite creates the file but not its folder; a fresh checkout has no <c>data/</c>.</summary>
    public static void EnsureDirectoryFor(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrWhiteSpace(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
