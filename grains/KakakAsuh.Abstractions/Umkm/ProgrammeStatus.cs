namespace KakakAsuh.Umkm;

/// <summary>Where a UMKM stands in the Kakak Asuh programme.</summary>
public enum ProgrammeStatus
{
    /// <summary>Not registered yet: the grain holds no UMKM.</summary>
    None,
    /// <summary>Registered as UMKM binaan.</summary>
    Registered,
    /// <summary>Needs assessed (pemetaan): the tracks it needs help with are known.</summary>
    Mapped,
    /// <summary>A candidate mentee (Adik Asuh) in an open curation round.</summary>
    Nominated,
    /// <summary>Picked by a mentor and approved by the panel; the round has closed.</summary>
    Matched,
    /// <summary>Mentoring under way.</summary>
    Mentoring,
    /// <summary>Every step of its plan is done or skipped.</summary>
    Graduated,
    /// <summary>Left the programme, with a reason.</summary>
    Withdrawn,
}
