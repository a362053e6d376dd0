using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// One wait of a generated <c>WaitFor...Async</c>: long-polls until a terminal state or the deadline. It only paces:
/// each request asks the server to hold it for at most <see cref="PollOptions.PollTimeout"/> and at most half the
/// time left less <see cref="ApiClientOptions.AttemptTimeout"/> (so a request that hangs is abandoned while time
/// remains for another), a server that answers at once without a change is called again only after
/// <see cref="PollOptions.MinimumInterval"/>, and transient failures are the transport's retry layer's to retry,
/// bounded by the deadline.
/// </summary>
internal sealed class LongPoller<T, TState>(
    ApiTransport transport,
    string operationId,
    Func<int, ApiRequest> createRequest,
    JsonConverter<T> converter,
    Func<T, TState> stateOf,
    Func<TState, bool> isTerminal,
    PollOptions options,
    IProgress<T>? progress,
    ILogger logger)
    where T : class
{
    private readonly TimeProvider _time = transport.TimeProvider;
    private readonly TimeSpan _attemptTimeout = transport.Options.AttemptTimeout;
    private int _requests;
    private int _failures;

    public async Task<PollResult<T>> WaitAsync(CancellationToken cancellationToken)
    {
        long started = _time.GetTimestamp();
        long deadline = started + (long)(options.Deadline.TotalSeconds * _time.TimestampFrequency);
        using var deadlineReached = new CancellationTokenSource(options.Deadline, _time);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadlineReached.Token);
        T? last = null;
        bool hasState = false;
        TState? lastState = default;

        try
        {
            while (true)
            {
                long attemptStarted = _time.GetTimestamp();
                var call = new ApiCall(HttpMethod.Get, remaining => createRequest(WindowSeconds(remaining)), readBody: true, int.MaxValue, deadline, _time);
                T response;
                try
                {
                    ResponseBody body = await transport.SendWithRetriesAsync(call, wait.Token).ConfigureAwait(false);
                    response = transport.Parse(call.LastRequest!, body, converter);
                }
                catch (ApiException exception) when (exception.IsTransient)
                {
                    // The retry layer stopped: the deadline leaves no time for another attempt (or for Retry-After).
                    Count(call, failed: true);
                    return Result(PollOutcome.DeadlineReached, last, started);
                }
                catch
                {
                    Count(call, failed: false);
                    throw;
                }

                Count(call, failed: false);
                last = response;
                TState state = stateOf(response);
                if (isTerminal(state))
                {
                    return Result(PollOutcome.Completed, response, started);
                }

                progress?.Report(response);
                bool unchanged = !hasState || EqualityComparer<TState>.Default.Equals(state, lastState);
                hasState = true;
                lastState = state;

                // The server answered quickly without a change: it did not hold the request (or the window was under a
                // second). Pace the next request instead of spinning.
                TimeSpan quickBy = options.MinimumInterval - _time.GetElapsedTime(attemptStarted);
                if (unchanged && quickBy > TimeSpan.Zero)
                {
                    await Task.Delay(quickBy, _time, wait.Token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException exception) when (cancellationToken.IsCancellationRequested)
        {
            // Surface the caller's token, not the wait's linked one.
            throw new OperationCanceledException(exception.Message, exception, cancellationToken);
        }
        catch (OperationCanceledException) when (deadlineReached.IsCancellationRequested)
        {
            return Result(PollOutcome.DeadlineReached, last, started);
        }
    }

    /// <summary>The long-poll window for a request sent with <paramref name="remaining"/> left: at most the poll
    /// timeout, and at most half of what is left after the attempt timeout, in whole seconds.</summary>
    private int WindowSeconds(TimeSpan? remaining)
    {
        TimeSpan window = options.PollTimeout;
        if (remaining is TimeSpan left)
        {
            TimeSpan half = (left - _attemptTimeout) / 2;
            window = half < window ? half : window;
        }

        return window <= TimeSpan.Zero ? 0 : (int)Math.Min(int.MaxValue, Math.Floor(window.TotalSeconds));
    }

    private void Count(ApiCall call, bool failed)
    {
        _requests += call.Requests;
        _failures += call.Retries + (failed ? 1 : 0);
    }

    private PollResult<T> Result(PollOutcome outcome, T? response, long started)
    {
        var result = new PollResult<T>(outcome, response, _requests, _failures, _time.GetElapsedTime(started));
        LongPollerLog.Finished(logger, operationId, outcome, _requests, _failures, result.Elapsed.TotalMilliseconds);
        return result;
    }
}
