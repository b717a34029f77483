using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Mentors;

namespace KakakAsuh.Domain.Mentors;

/// <summary>A mentor as the list of an area's Kakak Asuh shows it: where, how many Adik Asuh in all and now.</summary>
public sealed record MentorListItem(
    string Id,
    string Name,
    string KecamatanCode,
    string? Kecamatan,
    string? KelurahanCode,
    string Status,
    int Capacity,
    int Mentees,
    int InMentoring,
    int Graduated)
{
    public static MentorListItem Of(MentorState mentor, WilayahCatalog wilayah) => new(
        mentor.Id,
        mentor.Name,
        mentor.KecamatanCode,
        wilayah.Find(mentor.KecamatanCode)?.Name,
        mentor.KelurahanCode,
        mentor.Status.ToString(),
        mentor.Capacity,
        mentor.Mentees.Count + mentor.Alumni.Count,
        mentor.Mentees.Count,
        mentor.Graduated);
}
