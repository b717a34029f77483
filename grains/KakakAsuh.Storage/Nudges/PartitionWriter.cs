using System.Net;
using System.Threading.Channels;
using Azure;
using Azure.Data.Tables;

namespace KakakAsuh.Storage.Nudges;

/// <summary>
/// Inserts the rows of one partition of the nudge table: callers queue rows, and one loop takes up to 100 of them at a
/// time into a table transaction (all rows of a transaction share a partition). A transaction fails whole when one
/// of its rows exists already; then that batch is inserted row by row, so each row learns whether it was new. One
/// request in flight per partition also keeps thousands of simultaneous reminder ticks from opening as many connections.
/// </summary>
internal sealed class PartitionWriter
{
    /// <summary>Most operations Azure Table storage takes in one transaction.</summary>
    private const int MaxBatch = 100;

    private readonly TableClient table;
    private readonly Channel<(NudgeRow Row, TaskCompletionSource<bool> Inserted)> queue =
        Channel.CreateUnbounded<(NudgeRow, TaskCompletionSource<bool>)>(new UnboundedChannelOptions { SingleReader = true });

    public PartitionWriter(TableClient table)
    {
        this.table = table;
        _ = Task.Run(WriteLoopAsync);
    }

    /// <summary>True if the row was inserted, false if a row with its key existed already.</summary>
    public Task<bool> InsertAsync(NudgeRow row)
    {
        var inserted = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        queue.Writer.TryWrite((row, inserted));
        return inserted.Task;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<(NudgeRow Row, TaskCompletionSource<bool> Inserted)>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }
            try
            {
                await WriteAsync(batch);
            }
            catch (Exception ex)
            {
                foreach (var (_, inserted) in batch)
                {
                    inserted.TrySetException(ex);
                }
            }
        }
    }

    private async Task WriteAsync(List<(NudgeRow Row, TaskCompletionSource<bool> Inserted)> batch)
    {
        // The same nudge offered twice at once: the first is written, the others find it there.
        var first = batch.DistinctBy(b => b.Row.RowKey, StringComparer.Ordinal).ToList();
        foreach (var repeat in batch.Except(first))
        {
            repeat.Inserted.TrySetResult(false);
        }
        try
        {
            await table.SubmitTransactionAsync(first.Select(b => new TableTransactionAction(TableTransactionActionType.Add, b.Row)));
            foreach (var (_, inserted) in first)
            {
                inserted.TrySetResult(true);
            }
        }
        catch (TableTransactionFailedException)
        {
            // Usually 409 for a row that exists; any other cause shows itself again on the single inserts.
            await Task.WhenAll(first.Select(async b => b.Inserted.TrySetResult(await InsertOneAsync(b.Row))));
        }
    }

    private async Task<bool> InsertOneAsync(NudgeRow row)
    {
        try
        {
            await table.AddEntityAsync(row);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.Conflict)
        {
            return false;
        }
    }
}
