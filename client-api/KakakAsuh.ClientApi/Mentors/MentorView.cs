using KakakAsuh.Domain.Mentors;
using KakakAsuh.Mentors;

namespace KakakAsuh.ClientApi.Mentors;

/// <summary>A mentor with its mentees and how far each has come.</summary>
public sealed record MentorView(MentorState Mentor, IReadOnlyList<MenteeProgress> Mentees);
