namespace KakakAsuh.Silo;

/// <summary>
/// What a host may change when it composes a programme silo (<see cref="ProgrammeSilo.AddProgrammeSilo"/>). The
/// production host changes nothing; the tests and the benchmark change only what they must.
/// </summary>
public sealed class ProgrammeSiloOptions
{
    /// <summary>
    /// Listen on the endpoints of <see cref="SiloSettings"/> and join the cluster through the membership table. Off when
    /// the host brings endpoints and membership of its own (Orleans' in-process test cluster).
    /// </summary>
    public bool JoinThroughMembershipTable { get; set; } = true;

    /// <summary>
    /// Registers the grain storage provider <c>programme</c> and the reminder service in place of the Azure tables
    /// (<c>StorageSetup.AddProgrammeGrainStorage</c>). The benchmark keeps grain state in memory to fill a city of a
    /// million UMKM; whatever is registered here stores state in the programme's JSON format.
    /// </summary>
    public Action<ISiloBuilder>? GrainStorage { get; set; }
}
