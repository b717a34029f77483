namespace KakakAsuh.Summaries;

/// <summary>What is counted of a track's steps.</summary>
public enum StepCount
{
    Done,
    Open,
    Overdue,
}
