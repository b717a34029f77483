namespace KakakAsuh.Storage;

/// <summary>
/// The Azure tables of the programme, shared by every silo, the client API and the seeder. Renaming one leaves the
/// stored data behind: these names are pinned by a test.
/// </summary>
public static class ProgrammeTables
{
    /// <summary>Grain state, as readable JSON (see <see cref="GrainState.GrainStateRows"/>).</summary>
    public const string GrainState = "ProgrammeState";

    /// <summary>Nudges, one row each (partition: service id and kecamatan; row: the nudge id).</summary>
    public const string Nudges = "ProgrammeNudges";

    /// <summary>The UMKM in mentoring with their plans, one row each (partition: service id and kecamatan; row: the UMKM id).</summary>
    public const string Mentoring = "ProgrammeMentoring";

    /// <summary>The personal-data access log, one row per entry (partition: service id and Jakarta day; row: time and a unique tail).</summary>
    public const string AccessLog = "ProgrammeAccessLog";

    /// <summary>The Data Protection key ring that protects secrets in grain state (partition: service id; row: the key's name).</summary>
    public const string KeyRing = "ProgrammeKeyRing";

    /// <summary>Orleans reminders (Orleans' own default name, set explicitly so it is named here).</summary>
    public const string Reminders = "OrleansReminders";

    /// <summary>Cluster membership: silos and their gateways, read by clients to find a gateway (Orleans' default name).</summary>
    public const string Membership = "OrleansSiloInstances";
}
