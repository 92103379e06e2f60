namespace CxReviewBot.Hosting;

/// <summary>A CLI failure whose message is the one-line reason printed to stderr.</summary>
internal sealed class CliException(string message, int exitCode = 1) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
