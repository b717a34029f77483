using Azure.Core;
using Azure.Data.Tables;

namespace KakakAsuh.Silo;

/// <summary>
/// Table clients that fail fast when storage is down: two quick retries and a 5 s network timeout, so a grain
/// call fails within seconds (the client API answers 503 and the caller retries) instead of hanging while the
/// SDK's defaults (3 retries from 0.8 s, 100 s per try) run out. A storage request takes milliseconds when it works.
/// </summary>
public static class StorageClients
{
    public static TableServiceClient Create(string connectionString) => new(connectionString, Options());

    public static TableClientOptions Options()
    {
        var options = new TableClientOptions();
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
        return options;
    }
}
