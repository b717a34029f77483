namespace KakakAsuh.Rounds;

/// <summary>A mentor's pick of a mentee, through the panel's decision to the assignment.</summary>
public enum PickStatus
{
    /// <summary>Awaits the panel's decision.</summary>
    Proposed,
    Approved,
    Rejected,
    /// <summary>Approved and assigned on both the UMKM and the mentor when the round closed.</summary>
    Assigned,
    /// <summary>Approved, but the UMKM or mentor refused the assignment at close (e.g. the UMKM withdrew).</summary>
    NotAssigned,
}
