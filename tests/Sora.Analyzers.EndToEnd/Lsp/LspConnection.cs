using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Sora.Analyzers.EndToEnd.Lsp;

/// <summary>A notification the server sent, and when it arrived (time since the connection opened).</summary>
public sealed record LspNotification(string Method, JsonNode? Params, TimeSpan ArrivedAt);

/// <summary>A JSON-RPC error the server answered a request with.</summary>
public sealed class LspErrorException(string method, JsonNode error) : Exception($"The server answered '{method}' with an error: {error.ToJsonString()}");

/// <summary>
/// JSON-RPC 2.0 over <see cref="LspFraming"/>: requests to the server and their responses, the server's notifications
/// (kept in arrival order, so a test can wait for one that arrives after a given point), and the server's own requests,
/// answered by the handler the editor gives.
/// </summary>
public sealed class LspConnection : IAsyncDisposable
{
    /// <summary>JSON-RPC's "method not found": the answer to a server request the editor does not implement.</summary>
    private const int MethodNotFound = -32601;

    private readonly Stream _toServer;
    private readonly LspFraming _fromServer;
    private readonly Func<string, JsonNode?, JsonNode?> _answerServerRequest;
    private readonly Action<string> _log;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<long, (string Method, TaskCompletionSource<JsonNode?> Response)> _pending = new();
    private readonly List<LspNotification> _notifications = new();
    private readonly CancellationTokenSource _closing = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Task _reading;
    private TaskCompletionSource _notified = NewSignal();
    private long _nextId;
    private Exception? _closedBecause;

    /// <param name="answerServerRequest">The result for a server request (method, params); throw <see cref="NotSupportedException"/> for "method not found".</param>
    public LspConnection(Stream fromServer, Stream toServer, Func<string, JsonNode?, JsonNode?> answerServerRequest, Action<string> log)
    {
        _toServer = toServer;
        _fromServer = new LspFraming(fromServer);
        _answerServerRequest = answerServerRequest;
        _log = log;
        _reading = Task.Run(ReadLoopAsync);
    }

    /// <summary>Time since the connection opened: the clock of <see cref="LspNotification.ArrivedAt"/>.</summary>
    public TimeSpan Now => _clock.Elapsed;

    /// <summary>How many notifications have arrived: a point to wait from with <see cref="WaitForNotificationAsync"/>.</summary>
    public int NotificationCount
    {
        get
        {
            lock (_notifications)
            {
                return _notifications.Count;
            }
        }
    }

    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, TimeSpan deadline)
    {
        long id = Interlocked.Increment(ref _nextId);
        var response = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = (method, response);
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        try
        {
            return await response.Task.WaitAsync(deadline);
        }
        catch (TimeoutException)
        {
            _pending.TryRemove(id, out _);
            throw new TimeoutException($"The server did not answer '{method}' within {deadline.TotalSeconds:F0} s.");
        }
    }

    public Task NotifyAsync(string method, JsonNode? parameters)
        => SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>
    /// The first notification at or after position <paramref name="from"/> (a <see cref="NotificationCount"/>) that
    /// <paramref name="matches"/>; fails when none arrives within <paramref name="deadline"/>, saying what was awaited.
    /// </summary>
    public async Task<(LspNotification Notification, int Position)> WaitForNotificationAsync(
        int from, Func<LspNotification, bool> matches, TimeSpan deadline, Func<string> whatWasAwaited)
    {
        using var timeout = new CancellationTokenSource(deadline);
        int next = from;
        while (true)
        {
            Task signal;
            lock (_notifications)
            {
                for (; next < _notifications.Count; next++)
                {
                    if (matches(_notifications[next]))
                    {
                        return (_notifications[next], next);
                    }
                }

                if (_closedBecause != null)
                {
                    throw new InvalidOperationException($"The server closed the connection while waiting for {whatWasAwaited()}.", _closedBecause);
                }

                signal = _notified.Task;
            }

            try
            {
                await signal.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Waited {deadline.TotalSeconds:F0} s for {whatWasAwaited()}; it did not come.");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _closing.Cancel();
        try
        {
            await _reading.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            // The read is blocked on a pipe that the server's end keeps open: the process is ended next anyway.
        }

        _closing.Dispose();
        _writeLock.Dispose();
    }

    private async Task SendAsync(JsonObject message)
    {
        await _writeLock.WaitAsync();
        try
        {
            await LspFraming.WriteAsync(_toServer, message, _closing.Token);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task ReadLoopAsync()
    {
        Exception closedBecause = new EndOfStreamException("The server closed its output.");
        try
        {
            while (await _fromServer.ReadAsync(_closing.Token) is JsonObject message)
            {
                await DispatchAsync(message);
            }
        }
        catch (Exception exception)
        {
            // Whatever stopped the reading (the end of the test, a broken pipe, a malformed message) is what every waiter is told.
            closedBecause = exception;
        }

        lock (_notifications)
        {
            _closedBecause = closedBecause;
            _notified.TrySetResult();
        }

        foreach (long id in _pending.Keys)
        {
            if (_pending.TryRemove(id, out var pending))
            {
                pending.Response.TrySetException(new InvalidOperationException($"The server closed the connection before answering '{pending.Method}'.", closedBecause));
            }
        }
    }

    private async Task DispatchAsync(JsonObject message)
    {
        string? method = (string?)message["method"];
        JsonNode? id = message["id"];
        if (method != null && id != null)
        {
            await AnswerAsync(id, method, message["params"]);
        }
        else if (method != null)
        {
            lock (_notifications)
            {
                _notifications.Add(new LspNotification(method, message["params"], Now));
                TaskCompletionSource notified = _notified;
                _notified = NewSignal();
                notified.TrySetResult();
            }
        }
        else if (id != null && _pending.TryRemove((long)id, out var pending))
        {
            if (message["error"] is JsonNode error)
            {
                pending.Response.TrySetException(new LspErrorException(pending.Method, error));
            }
            else
            {
                pending.Response.TrySetResult(message["result"]);
            }
        }
    }

    private async Task AnswerAsync(JsonNode id, string method, JsonNode? parameters)
    {
        var response = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone() };
        try
        {
            response["result"] = _answerServerRequest(method, parameters);
        }
        catch (NotSupportedException)
        {
            _log($"server request '{method}' answered with 'method not found'");
            response["error"] = new JsonObject { ["code"] = MethodNotFound, ["message"] = $"The test editor does not implement '{method}'." };
        }

        await SendAsync(response);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
