namespace KakakAsuh.Mentors;

/// <summary>Where a Kakak Asuh stands.</summary>
public enum MentorStatus
{
    /// <summary>Not registered yet: the grain holds no mentor.</summary>
    None,
    /// <summary>Registered, awaiting review.</summary>
    Registered,
    /// <summary>Selected after review: may take part in curation rounds and take mentees.</summary>
    Selected,
    /// <summary>No longer mentoring.</summary>
    Inactive,
}
