using KakakAsuh.Umkm;

namespace KakakAsuh.Summaries;

/// <summary>The names of the counts an area summary adds up.</summary>
public static class CountKeys
{
    public const string Umkm = "umkm";
    public const string WithNib = "nib";
    public const string WithQris = "qris";
    public const string WithHalal = "halal";
    public const string WithTrademark = "trademark";
    public const string MenteesInMentoring = "mentees:mentoring";
    public const string Graduations = "graduated";
    public const string Mentors = "mentors";
    public const string MentorsActive = "mentors:active";
    public const string NudgesSent = "nudges";

    public static string Status(ProgrammeStatus status) => "status:" + status.ToString().ToLowerInvariant();

    public static string Steps(string track, StepCount count) => $"steps:{track}:{count.ToString().ToLowerInvariant()}";
}
