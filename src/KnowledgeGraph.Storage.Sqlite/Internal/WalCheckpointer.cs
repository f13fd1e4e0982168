using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>
/// Copies committed WAL frames into the database file on its own connection and thread while the writer goes on.
/// Without it the copying happens on the writer's path: inside a commit whenever the WAL passes the auto-checkpoint
/// size, and all of the rest when the store closes (about a tenth of a bulk load). A PASSIVE checkpoint never waits for
/// the writer or for readers; it copies what it can. Signals coalesce, and a checkpoint starts at most every
/// <see cref="MinimumInterval"/>, so a stream of small commits costs little.
/// </summary>
internal sealed class WalCheckpointer : IAsyncDisposable
{
    private static readonly TimeSpan MinimumInterval = TimeSpan.FromMilliseconds(250);

    private readonly Func<SqliteConnection> _open;
    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public WalCheckpointer(Func<SqliteConnection> open)
    {
        _open = open;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>A transaction committed: frames may be waiting to be copied.</summary>
    public void Committed()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // already signalled: the next checkpoint copies these frames too
            }
        }
    }

    private async Task RunAsync()
    {
        try
        {
            using var connection = _open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
            while (true)
            {
                await _signal.WaitAsync(_stop.Token);
                try
                {
                    command.ExecuteNonQuery();
                }
                catch (SqliteException)
                {
                    // best effort: a checkpoint that cannot run now (another one is running) is retried on the next commit
                }
                await Task.Delay(MinimumInterval, _stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // stopped by DisposeAsync
        }
        catch (SqliteException)
        {
            // The second connection could not be opened: without it the writer checkpoints as it did before (inside
            // commits and at close), so nothing is lost; the store must not fail for it.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        _signal.Dispose();
    }
}
