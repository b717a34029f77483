using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using KakakAsuh.Domain.Privacy;
using KakakAsuh.Nudges;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KakakAsuh.Grains.Nudges;

/// <summary>
/// Delivers one receiver's nudges as signed JSON POSTs, oldest first, retrying each with exponential back-off
/// until the receiver answers 2xx; then the nudge is remembered as delivered and never sent again. The queue
/// is stored, and a reminder wakes the grain after a restart while anything is pending. The client connects only to
/// allowed targets and follows no redirects (<see cref="WebhookTargetGuard"/>); a failure is stored and logged as its
/// kind only (<see cref="FailureKind"/>), never with the target's address or answer. A removed receiver's queue is
/// dropped and takes nothing more; one whose receiver is no longer registered (removed before queues were dropped)
/// drops itself at its next reminder.
/// </summary>
[GrainType(GrainTypes.WebhookDelivery)]
public sealed class WebhookDeliveryGrain(
    [PersistentState(StateNames.Delivery, StorageNames.Programme)] IPersistentState<WebhookDeliveryGrain.Queue> store,
    IHttpClientFactory http,
    WebhookSecrets secrets,
    IOptions<WebhookOptions> options,
    ILogger<WebhookDeliveryGrain> logger) : Grain, IWebhookDeliveryGrain, IRemindable
{
    public const string SignatureHeader = "X-KakakAsuh-Signature";
    public const string TimestampHeader = "X-KakakAsuh-Timestamp";
    public const string NudgeIdHeader = "X-KakakAsuh-Nudge-Id";
    private const string WakeUp = "webhook-delivery";
    /// <summary>Delivered ids remembered (about 60 characters of JSON each): 5,000 keep the state well inside the 491,520 characters table storage holds.</summary>
    private const int MaxRemembered = 5_000;
    /// <summary>
    /// Nudges queued for a receiver (about 600 characters of JSON each): a receiver that stays down this long gets no more
    /// until it takes some, and reads the rest from the feed (<c>GET /api/nudges</c>); the queue never outgrows its
    /// table entity, so a dead receiver cannot stop the outbox.
    /// </summary>
    public const int MaxPending = 500;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private IGrainTimer? loop;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (store.State.Receiver is { } stored && !WebhookSecrets.IsProtected(stored.Secret))
        {
            store.State.Receiver = stored with { Secret = secrets.Protect(stored.Secret) };
            await store.WriteStateAsync(cancellationToken);
        }
        await KeepDeliveringAsync();
    }

    public async Task EnqueueAsync(WebhookReceiver receiver, IReadOnlyList<Nudge> nudges)
    {
        if (store.State.Stopped)
        {
            return;
        }
        var known = store.State.Delivered.Concat(store.State.Pending.Select(p => p.Nudge.Id)).ToHashSet(StringComparer.Ordinal);
        var now = TimeProvider.System.GetUtcNow();
        store.State.Receiver = receiver with { Secret = secrets.Protect(receiver.Secret) };
        var fresh = nudges.Where(n => known.Add(n.Id)).ToList();
        var room = Math.Max(0, MaxPending - store.State.Pending.Count);
        if (fresh.Count > room)
        {
            logger.LogWarning("Webhook {Receiver} has {Pending} nudges waiting; {Dropped} new ones are not queued (they stay in the feed)",
                receiver.Id, store.State.Pending.Count, fresh.Count - room);
        }
        store.State.Pending.AddRange(fresh.Take(room).Select(n => new PendingDelivery { Nudge = n, NextAttemptAt = now }));
        await store.WriteStateAsync();
        await KeepDeliveringAsync();
    }

    public Task<(int Pending, int Delivered)> StatusAsync() => Task.FromResult((store.State.Pending.Count, store.State.Delivered.Count));

    public Task<WebhookDeliveryStatus> DescribeAsync() =>
        Task.FromResult(new WebhookDeliveryStatus(store.State.Pending.Count, store.State.Delivered.Count, store.State.LastError, store.State.LastErrorAt));

    public async Task StopAsync()
    {
        store.State = new Queue { Stopped = true };
        await store.WriteStateAsync();
        await KeepDeliveringAsync();
    }

    public async Task ResumeAsync()
    {
        if (store.State.Stopped)
        {
            store.State.Stopped = false;
            await store.WriteStateAsync();
        }
    }

    public async Task EraseAsync(string umkmId, IReadOnlyList<string> values)
    {
        var changed = false;
        foreach (var pending in store.State.Pending.Where(p => p.Nudge.UmkmId == umkmId))
        {
            var scrubbed = PersonalDataRules.Scrub(pending.Nudge.Reason, values) ?? "";
            changed |= scrubbed != pending.Nudge.Reason;
            pending.Nudge = pending.Nudge with { Reason = scrubbed };
        }
        if (changed)
        {
            await store.WriteStateAsync();
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var registered = await GrainFactory.GetGrain<IWebhookRegistryGrain>(IWebhookRegistryGrain.Key).ListAsync();
        if (store.State.Pending.Count > 0 && !registered.Any(r => r.Id == this.GetPrimaryKeyString()))
        {
            logger.LogInformation("Webhook {Receiver} is no longer registered: its {Pending} waiting nudges are dropped", this.GetPrimaryKeyString(), store.State.Pending.Count);
            await StopAsync();
            return;
        }
        await KeepDeliveringAsync();
    }

    /// <summary>Runs the delivery loop and keeps a reminder while anything is pending; stops both when the queue is empty.</summary>
    private async Task KeepDeliveringAsync()
    {
        if (store.State.Pending.Count > 0)
        {
            loop ??= this.RegisterGrainTimer(DeliverDueAsync, new GrainTimerCreationOptions(TimeSpan.Zero, options.Value.Poll) { Interleave = false });
            await this.RegisterOrUpdateReminder(WakeUp, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        }
        else
        {
            loop?.Dispose();
            loop = null;
            if (await this.GetReminder(WakeUp) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }
        }
    }

    private async Task DeliverDueAsync(CancellationToken cancellationToken)
    {
        var receiver = store.State.Receiver;
        var changed = false;
        foreach (var pending in store.State.Pending.ToList())
        {
            var now = TimeProvider.System.GetUtcNow();
            if (receiver is null || pending.NextAttemptAt > now)
            {
                continue;
            }
            changed = true;
            var failure = await TryPostAsync(receiver, pending.Nudge, cancellationToken);
            if (failure is null)
            {
                store.State.Pending.Remove(pending);
                store.State.Delivered.Add(pending.Nudge.Id);
                if (store.State.Delivered.Count > MaxRemembered)
                {
                    store.State.Delivered.RemoveAt(0);
                }
            }
            else
            {
                (store.State.LastError, store.State.LastErrorAt) = (failure, now);
                pending.Attempts++;
                var delay = options.Value.RetryBase * Math.Pow(2, Math.Min(pending.Attempts - 1, 20));
                pending.NextAttemptAt = now + (delay < options.Value.RetryMax ? delay : options.Value.RetryMax);
            }
        }
        if (changed)
        {
            await store.WriteStateAsync(cancellationToken);
            if (store.State.Pending.Count == 0)
            {
                await KeepDeliveringAsync();
            }
        }
    }

    /// <summary>Posts one nudge; null if the receiver took it, else the kind of failure.</summary>
    private async Task<string?> TryPostAsync(WebhookReceiver receiver, Nudge nudge, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(nudge, Json);
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, receiver.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(SignatureHeader, Sign(secrets.Reveal(receiver.Secret), timestamp, body));
        request.Headers.Add(NudgeIdHeader, nudge.Id);
        string failure;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Value.Timeout);
            using var response = await http.CreateClient(nameof(WebhookDeliveryGrain)).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (response.IsSuccessStatusCode)
            {
                return null;
            }
            failure = $"http {(int)response.StatusCode}";
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or WebhookTargetRefusedException)
        {
            failure = FailureKind(ex);
        }
        logger.LogInformation("Webhook {Receiver} did not take nudge {NudgeId}: {Failure}", receiver.Id, nudge.Id, failure);
        return failure;
    }

    /// <summary>
    /// What went wrong, as a kind: an exception's message names the host and port (and a TLS error the certificate's
    /// names), which would tell whoever reads the queue's state or the silo's log what lies behind a target.
    /// </summary>
    public static string FailureKind(Exception ex) => ex switch
    {
        WebhookTargetRefusedException or { InnerException: WebhookTargetRefusedException } => "refused address",
        OperationCanceledException => "timeout",
        HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } => "name not resolved",
        HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } => "tls failed",
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } => "connection failed",
        HttpRequestException { HttpRequestError: HttpRequestError.InvalidResponse or HttpRequestError.ResponseEnded } => "invalid response",
        _ => "request failed",
    };

    /// <summary>
    /// The signature header value: <c>sha256=</c> and the hex HMAC-SHA256, under the receiver's secret, of the timestamp
    /// (the <see cref="TimestampHeader"/> value, Unix seconds), a dot and the body, so a captured request cannot be
    /// replayed later with a fresh timestamp.
    /// </summary>
    public static string Sign(string secret, long timestamp, byte[] body)
    {
        byte[] signed = [.. Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "."), .. body];
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    /// <summary>The stored queue of one receiver.</summary>
    public sealed class Queue
    {
        public WebhookReceiver? Receiver { get; set; }
        public List<PendingDelivery> Pending { get; set; } = [];
        public List<string> Delivered { get; set; } = [];
        /// <summary>The receiver was removed: nothing is queued.</summary>
        public bool Stopped { get; set; }
        /// <summary>The last failure's kind (<see cref="FailureKind"/>) and when it happened.</summary>
        public string? LastError { get; set; }
        public DateTimeOffset? LastErrorAt { get; set; }
    }

    /// <summary>A nudge waiting for delivery.</summary>
    public sealed class PendingDelivery
    {
        public Nudge Nudge { get; set; } = new();
        public int Attempts { get; set; }
        public DateTimeOffset NextAttemptAt { get; set; }
    }
}
