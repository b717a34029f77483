namespace KakakAsuh.Benchmarks;

/// <summary>How much each measurement does. Every loop is bounded by these counts and by <see cref="PhaseLimit"/>.</summary>
public sealed record BenchSettings
{
    public bool Quick { get; init; }

    /// <summary>Concurrent raw writers (the floor) and concurrent seeding calls.</summary>
    public int Writers { get; init; } = 64;
    public int FloorReps { get; init; } = 3;
    public int FloorWrites { get; init; } = 10_000;

    public int CommandClients { get; init; } = 64;
    public int CommandReps { get; init; } = 3;
    public int CommandsPerRep { get; init; } = 5_000;
    public int CommandWarmup { get; init; } = 1_000;

    /// <summary>Concurrent readers of the city summary.</summary>
    public int Readers { get; init; } = 2;
    /// <summary>Reads run for a time: the windows together span more than a summary flush (30 s), so its cost shows.</summary>
    public int ReadReps { get; init; } = 3;
    public TimeSpan ReadWindow { get; init; } = TimeSpan.FromSeconds(12);
    /// <summary>Long enough for the API's tiered JIT to settle, so the two city sizes are compared warm.</summary>
    public TimeSpan ReadWarmup { get; init; } = TimeSpan.FromSeconds(8);

    public int FreshnessSamples { get; init; } = 100;
    public TimeSpan FreshnessPoll { get; init; } = TimeSpan.FromMilliseconds(5);
    public TimeSpan FreshnessLimit { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>UMKM seeded through the grains on Azure storage, and raw upserts to compare with.</summary>
    public int SeedCount { get; init; } = 35_000;

    /// <summary>Seeding is measured in chunks, to show its rate as the table grows, and stops at <see cref="SeedLimit"/>.</summary>
    public int SeedChunk { get; init; } = 5_000;
    public TimeSpan SeedLimit { get; init; } = TimeSpan.FromMinutes(12);

    /// <summary>Raw upserts with Orleans' key layout, into an empty table and into the grain state table as it is.</summary>
    public int OrleansLayoutWrites { get; init; } = 1_000;

    /// <summary>The two city sizes the summary read is compared at (synthetic reports, memory storage).</summary>
    public int SmallCity { get; init; } = 35_000;
    public int LargeCity { get; init; } = 1_000_000;
    public int FillConcurrency { get; init; } = 256;

    /// <summary>UMKM brought into mentoring with a dated open step, whose reminders and first nudges are measured.</summary>
    public int NudgeCount { get; init; } = 35_000;
    /// <summary>The UMKM's reminder period (and first check): short, so the time to nudge all shows throughput, not the wait.</summary>
    public TimeSpan NudgeReminderPeriod { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>Bounds on bringing the UMKM into mentoring and on waiting for every first nudge.</summary>
    public TimeSpan NudgeSetupLimit { get; init; } = TimeSpan.FromMinutes(15);
    public TimeSpan NudgeWaitLimit { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The longest any one measured loop may run (seeding has <see cref="SeedLimit"/>).</summary>
    public TimeSpan PhaseLimit { get; init; } = TimeSpan.FromMinutes(1);

    public static BenchSettings Full { get; } = new();

    public static BenchSettings QuickRun { get; } = new()
    {
        Quick = true,
        FloorReps = 1,
        FloorWrites = 3_000,
        CommandReps = 1,
        CommandsPerRep = 2_000,
        CommandWarmup = 300,
        ReadReps = 1,
        ReadWindow = TimeSpan.FromSeconds(5),
        ReadWarmup = TimeSpan.FromSeconds(3),
        FreshnessSamples = 20,
        SeedCount = 5_000,
        SeedChunk = 2_500,
        SeedLimit = TimeSpan.FromMinutes(3),
        OrleansLayoutWrites = 500,
        LargeCity = 200_000,
        PhaseLimit = TimeSpan.FromSeconds(30),
        NudgeCount = 3_000,
        NudgeSetupLimit = TimeSpan.FromMinutes(4),
        NudgeWaitLimit = TimeSpan.FromMinutes(3),
    };
}
