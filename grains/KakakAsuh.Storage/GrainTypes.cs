namespace KakakAsuh.Storage;

/// <summary>
/// The grain type of each grain, as Orleans derived it from the class name before the names were pinned (the class
/// name, lower case, without "Grain"). It is the middle of every grain-state partition key
/// (<c>{serviceId}_{grainType}_{key}</c>) and of every reminder's grain id, so a grain keeps its name here whatever
/// its class is called: each grain class carries <c>[GrainType(GrainTypes.X)]</c>, and a test pins the values.
/// </summary>
public static class GrainTypes
{
    public const string Umkm = "umkm";
    public const string Mentor = "mentor";
    public const string CurationRound = "curationround";
    public const string AreaSummary = "areasummary";
    public const string AreaHistory = "areahistory";
    public const string SummaryReconciler = "summaryreconciler";
    public const string NudgeOutbox = "nudgeoutbox";
    public const string WebhookRegistry = "webhookregistry";
    public const string WebhookDelivery = "webhookdelivery";
    public const string AccessLog = "accesslog";
    public const string AccessLogIndex = "accesslogindex";
    public const string Idempotency = "idempotency";
    public const string IdempotencyIndex = "idempotencyindex";
    public const string Registry = "registry";
    public const string Seed = "seed";
    public const string MentoringRoster = "mentoringroster";
}
