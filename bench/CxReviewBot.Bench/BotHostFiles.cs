namespace CxReviewBot.Bench;

internal static class BotHostFiles
{
    public static void Delete(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }
}
