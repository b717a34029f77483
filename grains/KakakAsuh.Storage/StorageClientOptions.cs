using Azure.Core;
using Azure.Data.Tables;

namespace KakakAsuh.Storage;

/// <summary>The two ways this programme talks to table storage; <see cref="ProgrammeStorage"/> builds one client of each.</summary>
public static class StorageClientOptions
{
    /// <summary>
    /// For requests someone waits on (grain state, reminders, nudges): two quick retries and a 5 s network timeout, so
    /// a grain call fails within seconds when storage is down (the client API answers 503 and the caller retries)
    /// instead of hanging while the SDK's defaults (3 retries from 0.8 s, 100 s per try) run out. A storage request
    /// takes milliseconds when it works.
    /// </summary>
    public static TableClientOptions FailFast()
    {
        var options = new TableClientOptions();
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
        return options;
    }

    /// <summary>
    /// The SDK's defaults, for work nobody waits on and that must not give up early: cluster membership (Orleans
    /// retries it on its own schedule), the readiness check (which has its own 2 s bound) and reconciliation, which
    /// scans every stored UMKM in pages that may take seconds under load.
    /// </summary>
    public static TableClientOptions Patient() => new();
}
