namespace CxReviewBot.Hosting;

/// <summary>
/// A command-line verb (`dotnet run --project bot -- &lt;verb&gt; …`). Returns the exit code; throws
/// <see cref="CliException"/> for a one-line failure reason.
/// </summary>
internal sealed record CliVerb(string Name, string Usage, Func<IServiceProvider, IReadOnlyList<string>, CancellationToken, Task<int>> RunAsync);
