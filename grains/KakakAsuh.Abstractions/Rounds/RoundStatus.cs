namespace KakakAsuh.Rounds;

/// <summary>Where a curation round stands.</summary>
public enum RoundStatus
{
    /// <summary>Not created yet.</summary>
    None,
    /// <summary>Candidates are added, mentors pick, the panel decides.</summary>
    Open,
    /// <summary>Closing: approved picks are being turned into assignments. Closing again resumes.</summary>
    Closing,
    /// <summary>Every approved pick is an assignment on both the UMKM and the mentor.</summary>
    Closed,
}
