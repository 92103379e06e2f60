namespace CxReviewBot.Features.Catalog.Demo;

/// <summary>Seeded randomness for the demo set; <see cref="Random(int)"/> with a seed is stable across .NET versions.</summary>
internal sealed class DemoRandom(int seed)
{
    private readonly Random _random = new(seed);

    public double Uniform(double min, double max) => min + (_random.NextDouble() * (max - min));

    public int Between(int min, int maxInclusive) => _random.Next(min, maxInclusive + 1);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    /// <summary>Box–Muller.</summary>
    public double Normal(double mean, double stdDev)
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return mean + (stdDev * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }

    public Guid Guid()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
