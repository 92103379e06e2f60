using CxReviewBot.Bench;

// Prints figures; never asserts. Usage: bench/run.sh [foundation|agenda|actions|all] (see bench/README.md).
var suite = args.Length > 0 ? args[0] : "foundation";
return suite switch
{
    "foundation" => await FoundationBench.RunAsync(args.Skip(1).ToArray()),
    "agenda" => await AgendaBench.RunAsync(args.Skip(1).ToArray()),
    "actions" => await ActionsBench.RunAsync(args.Skip(1).ToArray()),
    "report" => await BenchReport.RunAsync(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: CxReviewBot.Bench foundation [options, see bench/README.md] | agenda [runs] [--phases] | actions [select|send] | report <figures.jsonl> <results.json>");
    return 2;
}
