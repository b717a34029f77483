using System.Globalization;
using System.Runtime.InteropServices;

namespace KakakAsuh.Benchmarks.Measuring;

/// <summary>The machine a run measured: printed above the table, since the numbers mean nothing without it.</summary>
public static class MachineInfo
{
    public static IEnumerable<string> Describe()
    {
        yield return $"date: {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC";
        yield return $"machine: {Environment.ProcessorCount} cores ({CpuModel()}), {MemoryGiB():0.0} GiB memory, {RuntimeInformation.OSDescription.Trim()}";
        yield return $".NET: {RuntimeInformation.FrameworkDescription} (server GC: {System.Runtime.GCSettings.IsServerGC}); Azurite {AzuriteVersion()} on Node.js, in memory{(RepoPaths.AzuriteTableMain.StartsWith(RepoPaths.Root, StringComparison.Ordinal) ? "" : $" (from {RepoPaths.AzuriteTableMain})")}";
        yield return $"load average at start: {LoadAverage()}";
    }

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : "unknown CPU";

    private static double MemoryGiB()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        return line is null
            ? GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024 / 1024
            : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0 / 1024;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string AzuriteVersion()
    {
        // main.js is dist/src/table/main.js inside the package.
        var package = Path.Combine(Path.GetDirectoryName(RepoPaths.AzuriteTableMain)!, "..", "..", "..", "package.json");
        if (!File.Exists(package))
        {
            return "?";
        }
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(package));
        return json.RootElement.GetProperty("version").GetString() ?? "?";
    }
}
