using System.Diagnostics;
using System.Globalization;

namespace KakakAsuh.Benchmarks.Measuring;

/// <summary>
/// How many cores each of our processes used over a stretch of time, and how many the rest of the machine used
/// (from <c>/proc/stat</c>): shows which process is the bottleneck and whether something else competed.
/// </summary>
public sealed class CpuMeter
{
    private readonly (string Name, Process Process)[] processes;
    private readonly long startTimestamp = Stopwatch.GetTimestamp();
    private readonly TimeSpan[] startCpu;
    private readonly (long Busy, long Total) startMachine = MachineJiffies();

    private CpuMeter((string Name, Process Process)[] processes)
    {
        this.processes = processes;
        startCpu = processes.Select(p => CpuOf(p.Process)).ToArray();
    }

    public static CpuMeter Start(params (string Name, Process Process)[] processes) => new(processes);

    public CpuUse Stop()
    {
        var wall = Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds;
        var used = processes.Select((p, i) => (p.Name, Cores: (CpuOf(p.Process) - startCpu[i]).TotalSeconds / wall)).ToList();
        var (busy, total) = MachineJiffies();
        var machine = total > startMachine.Total ? (double)(busy - startMachine.Busy) / (total - startMachine.Total) * Environment.ProcessorCount : double.NaN;
        return new CpuUse(used, Math.Max(0, machine - used.Sum(u => u.Cores)));
    }

    private static TimeSpan CpuOf(Process process)
    {
        try
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            return TimeSpan.Zero;
        }
    }

    /// <summary>Busy and total jiffies of all CPUs: the first line of /proc/stat.</summary>
    private static (long Busy, long Total) MachineJiffies()
    {
        if (!File.Exists("/proc/stat"))
        {
            return (0, 0);
        }
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal (guest time is already in user).
        var total = fields.Take(8).Sum();
        var idle = fields[3] + fields[4];
        return (total - idle, total);
    }
}

/// <summary>Cores used per process, and by everything else on the machine.</summary>
public sealed record CpuUse(IReadOnlyList<(string Name, double Cores)> Processes, double Other)
{
    public override string ToString() =>
        string.Join(" · ", Processes.Select(p => $"{p.Name} {p.Cores:0.00}").Append($"other {Other:0.00}"));
}
