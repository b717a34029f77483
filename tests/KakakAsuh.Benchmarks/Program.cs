using System.Globalization;
using KakakAsuh.Benchmarks;
using KakakAsuh.Benchmarks.Measuring;
using KakakAsuh.Benchmarks.Scenarios;

// Issue 5's and issue 4's benchmarks (docs/benchmarks.md). Starts its own in-memory Azurite, silo hosts in this process and client API
// processes, all on loopback; measures; prints one table (Markdown) on stdout (progress on stderr); stops all it started.
//   dotnet run -c Release --project tests/KakakAsuh.Benchmarks            (about 15 minutes on 2 cores)
//   dotnet run -c Release --project tests/KakakAsuh.Benchmarks -- --quick (about 2 minutes, smaller counts)
//   add --nudges-only to run rows 6 and 7 (reminders and nudges, issue 4) alone
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var settings = args.Contains("--quick") ? BenchSettings.QuickRun : BenchSettings.Full;
var machine = MachineInfo.Describe().ToList();
if (RepoPaths.BuildConfiguration != "Release")
{
    machine.Add($"**{RepoPaths.BuildConfiguration} build: the numbers are not representative; run with -c Release.**");
}

var logFolder = Directory.CreateTempSubdirectory("kakakasuh-bench-").FullName;
Console.Error.WriteLine($"Logs of the processes this run starts: {logFolder}");
await using var azurite = new Azurite(logFolder);
await azurite.StartAsync();
using var storage = new StorageRequestMeter(azurite.Port);
using var http = ApiClient.CreateHttp();
var bench = new BenchContext(settings, azurite, storage, http, logFolder);

if (!args.Contains("--nudges-only"))
{
    await RunAsync("durable", () => new DurableBenchmark(bench).RunAsync());
    await RunAsync("summary scale", () => new SummaryScaleBenchmark(bench).RunAsync());
}
await RunAsync("reminders and nudges", () => new NudgeBenchmark(bench).RunAsync());

bench.Table.Note("CPU: cores each process used while the row was measured (from /proc): azurite = the Node.js Azurite, api = the client API process (rows 6 and 7 run none), bench = this process (the silo and the load generator), other = the rest of the machine.");
bench.Table.Note("Summary reconciliation (a full scan of stored UMKM two minutes after a silo starts) is moved past the run: it is not on any measured path.");
Console.WriteLine($"# KakakAsuh.Actors benchmark{(settings.Quick ? " (--quick)" : "")}");
Console.WriteLine();
foreach (var line in machine)
{
    Console.WriteLine($"- {line}");
}
Console.WriteLine();
Console.WriteLine(bench.Table.ToMarkdown());

// A scenario that fails is noted in the table, and the rows measured before it are still printed.
async Task RunAsync(string scenario, Func<Task> run)
{
    try
    {
        await run();
    }
    catch (Exception ex)
    {
        bench.Progress($"the {scenario} scenario failed: {ex}");
        bench.Table.Note($"**The {scenario} scenario failed**: {ex.GetType().Name}: {ex.Message}");
    }
}
