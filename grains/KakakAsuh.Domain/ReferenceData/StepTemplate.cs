using KakakAsuh.Umkm;

namespace KakakAsuh.Domain.ReferenceData;

/// <summary>One step of a track template.</summary>
public sealed record StepTemplate
{
    public required string Key { get; init; }
    public required string Name { get; init; }
    /// <summary>How long the step takes, in working days.</summary>
    public int WorkingDays { get; init; }
    /// <summary>Whether the checking body can send the step back for fixing.</summary>
    public bool Returnable { get; init; }
    /// <summary>Working days the applicant gets to fix a returned step.</summary>
    public int ReturnWorkingDays { get; init; }
    /// <summary>What the UMKM must hold before this step starts (the final label needs SH and a filed mark).</summary>
    public IReadOnlyList<Holding> Requires { get; init; } = [];
    /// <summary>What completing this step gives the UMKM.</summary>
    public Holding? Grants { get; init; }
}
