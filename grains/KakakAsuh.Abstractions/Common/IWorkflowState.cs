namespace KakakAsuh.Common;

/// <summary>A grain state with an audit history and a version that grows with every accepted command.</summary>
public interface IWorkflowState<TSelf> where TSelf : IWorkflowState<TSelf>
{
    long Version { get; }

    History History { get; }

    /// <summary>This state with <paramref name="entry"/> appended to its history and its version advanced.</summary>
    TSelf Recorded(HistoryEntry entry);
}
