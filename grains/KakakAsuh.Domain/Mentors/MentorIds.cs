namespace KakakAsuh.Domain.Mentors;

/// <summary>Mentor ids: made from the mentor's name when none is given (the API's registration, the seeder).</summary>
public static class MentorIds
{
    /// <summary>A mentor id made from its name ("Rumah Tama" → <c>rumah-tama</c>), or a random one for a very short name.</summary>
    public static string FromName(string name)
    {
        var slug = new string([.. name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        return slug.Length >= 3 ? slug : $"mentor-{Guid.NewGuid():N}"[..15];
    }
}
