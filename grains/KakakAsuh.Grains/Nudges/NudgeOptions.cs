using KakakAsuh.Domain.Nudges;

namespace KakakAsuh.Grains.Nudges;

/// <summary>The nudge ladder and the reminders that drive it (configuration section <c>Nudges</c>).</summary>
public sealed class NudgeOptions
{
    public const string Section = "Nudges";

    /// <summary>Working days after the due date before Sudin staff are nudged (the mentor is nudged once it is overdue).</summary>
    public int StaffAfterWorkingDays { get; set; } = 3;

    /// <summary>Further working days before the district head of the kecamatan is nudged.</summary>
    public int DistrictHeadAfterWorkingDays { get; set; } = 5;

    /// <summary>The ladder's rungs, for the rules.</summary>
    public NudgeLadder Ladder => new(StaffAfterWorkingDays, DistrictHeadAfterWorkingDays);

    /// <summary>How often a UMKM with dated open steps checks them: due dates count in days, so hourly is plenty.</summary>
    public TimeSpan ReminderPeriod { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Working days before a round's deadline that staff are nudged.</summary>
    public int RoundNudgeWorkingDaysBefore { get; set; } = 2;

    /// <summary>What happens at a round's deadline: <c>true</c> closes it (flagging it if it cannot close), <c>false</c> only flags it.</summary>
    public bool CloseRoundsAtDeadline { get; set; } = true;

    /// <summary>When the first check runs after a UMKM starts needing one.</summary>
    public TimeSpan FirstCheckAfter { get; set; } = TimeSpan.FromMinutes(1);
}
