namespace KakakAsuh.ServiceDefaults;

/// <summary>The Azure tables the silos and the client API share.</summary>
public static class ProgrammeTables
{
    /// <summary>Grain state, as readable JSON.</summary>
    public const string GrainState = "ProgrammeState";

    /// <summary>Nudges, one row each (partition: service id and kecamatan; row: the nudge id).</summary>
    public const string Nudges = "ProgrammeNudges";
}
