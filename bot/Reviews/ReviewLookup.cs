using CxReviewBot.Data;
using CxReviewBot.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Reviews;

/// <summary>Finding a review (with its members) by its conversation or, on the command line, by its name.</summary>
internal static class ReviewLookup
{
    public static Task<Review?> ForConversationAsync(CxDbContext db, string conversationId, CancellationToken cancellationToken) =>
        db.Set<Review>().Include(r => r.Members).SingleOrDefaultAsync(r => r.ConversationId == conversationId, cancellationToken);

    /// <summary>The named review of the CLI's tenant (already set), or a one-line failure.</summary>
    public static async Task<Review> ForCliAsync(IServiceProvider services, string name, CancellationToken cancellationToken) =>
        await services.GetRequiredService<CxDbContext>().Set<Review>().Include(r => r.Members)
            .SingleOrDefaultAsync(r => r.Name == name, cancellationToken)
        ?? throw new CliException($"no review named '{name}'", 3);
}
