namespace KakakAsuh.Umkm;

/// <summary>One step of a mentoring track as this UMKM is going through it.</summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.StepState")]
public sealed record StepState
{
    [Id(0)] public string Key { get; init; } = "";
    [Id(1)] public string Name { get; init; } = "";
    [Id(2)] public StepStatus Status { get; init; }
    /// <summary>When the step should be done, in working days from the holiday calendar; set once mentoring begins.</summary>
    [Id(3)] public DateOnly? DueOn { get; init; }
    [Id(4)] public DateOnly? StartedOn { get; init; }
    [Id(5)] public DateOnly? FinishedOn { get; init; }
    /// <summary>How often the checking body sent this step back.</summary>
    [Id(6)] public int Returns { get; init; }
    /// <summary>The last reason given (a return, a skip) or the value recorded on completion.</summary>
    [Id(7)] public string? Note { get; init; }
    /// <summary>Who was nudged about this step being overdue, and when; each rung at most once.</summary>
    [Id(8)] public IReadOnlyList<Nudges.NudgeRecord> Nudges { get; init; } = [];

    public bool IsClosed => Status is StepStatus.Done or StepStatus.Skipped;
}
