namespace KakakAsuh.Domain.Nudges;

/// <summary>
/// The rungs of the nudge ladder in working days: the mentor is nudged once a step is overdue, Sudin staff
/// <see cref="StaffAfterWorkingDays"/> later, the district head <see cref="DistrictHeadAfterWorkingDays"/> after that.
/// </summary>
public sealed record NudgeLadder(int StaffAfterWorkingDays = 3, int DistrictHeadAfterWorkingDays = 5);
