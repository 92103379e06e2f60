namespace CxReviewBot.Cards.Model;

/// <summary>
/// Base of input elements. Every input needs an <see cref="CardElement.Id"/>: it is the key of the value in the
/// action data the bot receives (<see cref="CardLint"/> reports inputs without one).
/// </summary>
public abstract record CardInput : CardElement
{
    public string? Label { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }
}
