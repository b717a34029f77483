using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;

namespace KakakAsuh.Storage;

/// <summary>
/// The programme's table storage account as one process reaches it: the only place a <see cref="TableServiceClient"/>
/// is made. A process builds one of these from <c>ConnectionStrings:Storage</c> and hands its two clients to whatever
/// needs storage (clustering, grain state, reminders, nudges, reconciliation, the readiness check).
/// </summary>
public sealed class ProgrammeStorage(string connectionString)
{
    public const string ConnectionStringName = "Storage";

    /// <summary>Grain state, reminders and nudges (<see cref="StorageClientOptions.FailFast"/>).</summary>
    public TableServiceClient FailFast { get; } = new(connectionString, StorageClientOptions.FailFast());

    /// <summary>Membership, readiness and reconciliation scans (<see cref="StorageClientOptions.Patient"/>).</summary>
    public TableServiceClient Patient { get; } = new(connectionString, StorageClientOptions.Patient());

    /// <summary>The account named by <c>ConnectionStrings:Storage</c>; a clear error if it is not set.</summary>
    public static ProgrammeStorage From(IConfiguration configuration) => new(
        configuration.GetConnectionString(ConnectionStringName)
        ?? throw new InvalidOperationException("Set ConnectionStrings:Storage (env ConnectionStrings__Storage) to the Azure Table storage connection string."));
}
