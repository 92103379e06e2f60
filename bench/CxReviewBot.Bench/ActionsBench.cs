namespace CxReviewBot.Bench;

/// <summary>Issue 7: selecting a chaser cycle's due sends, and the sustained send rate under the Teams limits.</summary>
internal static class ActionsBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        Console.WriteLine("actions: chaser selection and send rate");
        if (args is not ["send"])
        {
            await ActionsSelectBench.RunAsync();
        }

        if (args is not ["select"])
        {
            await ActionsSendBench.RunAsync();
        }

        return 0;
    }
}
