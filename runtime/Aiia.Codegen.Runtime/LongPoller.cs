using System.Net;
using Microsoft.Extensions.Logging;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// Waits for a state to become terminal using the server's long poll: each request asks the server to hold it
/// until the state changes (no client-side sleeping while the server does the waiting). Bounded by a deadline and
/// cancellation; transient failures (429, 502-504, network, an open circuit or an attempt timeout of the resilience
/// handler) are retried with <c>Retry-After</c> or capped
/// exponential backoff with jitter, never past the deadline. Only for idempotent (GET) operations.
/// </summary>
internal static class LongPoller
{
    // The server is asked to answer this much before the deadline, so its answer can travel back in time; a
    // request still running at the deadline (a slow network, a handler's own retries) is abandoned.
    private static readonly TimeSpan AnswerMargin = TimeSpan.FromSeconds(1);

    public static async Task<PollResult<T>> WaitAsync<T, TState>(
        string operationId,
        Func<int, CancellationToken, Task<T>> poll,
        Func<T, TState> stateOf,
        Func<TState, bool> isTerminal,
        PollOptions options,
        IProgress<T>? progress,
        TimeProvider time,
        ILogger logger,
        CancellationToken cancellationToken)
        where T : class
    {
        long started = time.GetTimestamp();
        int requests = 0;
        int failures = 0;
        int consecutiveFailures = 0;
        T? last = null;
        bool hasState = false;
        TState? lastState = default;

        PollResult<T> Result(PollOutcome outcome, T? response)
        {
            var result = new PollResult<T>(outcome, response, requests, failures, time.GetElapsedTime(started));
            LongPollerLog.Finished(logger, operationId, outcome, requests, failures, result.Elapsed.TotalMilliseconds);
            return result;
        }

        TimeSpan Remaining() => options.Deadline - time.GetElapsedTime(started);

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TimeSpan remaining = Remaining();
            if (remaining <= TimeSpan.Zero)
            {
                return Result(PollOutcome.DeadlineReached, last);
            }

            int pollSeconds = (int)Math.Floor(Math.Min(options.PollTimeout.TotalSeconds, Math.Max(0, (remaining - AnswerMargin).TotalSeconds)));
            using var attemptTimeout = new CancellationTokenSource(remaining, time);
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, attemptTimeout.Token);
            long attemptStarted = time.GetTimestamp();
            T response;
            try
            {
                requests++;
                // WaitAsync: a poll that ignores its token is abandoned all the same, at the deadline or on cancellation.
                response = await poll(pollSeconds, attempt.Token).WaitAsync(attempt.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException exception) when (cancellationToken.IsCancellationRequested)
            {
                // Surface the caller's token, not the per-attempt linked one.
                throw new OperationCanceledException(exception.Message, exception, cancellationToken);
            }
            catch (OperationCanceledException) when (attemptTimeout.IsCancellationRequested)
            {
                return Result(PollOutcome.DeadlineReached, last);
            }
            catch (Exception exception) when (IsTransient(exception, out TimeSpan? retryAfter))
            {
                failures++;
                consecutiveFailures++;
                TimeSpan delay = retryAfter ?? Backoff(options, consecutiveFailures);
                remaining = Remaining();
                LongPollerLog.TransientFailure(logger, operationId, Describe(exception), delay.TotalMilliseconds);
                if (delay >= remaining)
                {
                    // Waiting that long would pass the deadline, and no request could follow it.
                    return Result(PollOutcome.DeadlineReached, last);
                }

                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            consecutiveFailures = 0;
            last = response;
            TState state = stateOf(response);
            if (isTerminal(state))
            {
                return Result(PollOutcome.Completed, response);
            }

            progress?.Report(response);
            bool unchanged = !hasState || EqualityComparer<TState>.Default.Equals(state, lastState);
            hasState = true;
            lastState = state;

            // The server answered quickly without a change: it did not hold the request (or the window was under a
            // second). Pace the next request instead of spinning.
            TimeSpan quickBy = options.MinimumInterval - time.GetElapsedTime(attemptStarted);
            if (unchanged && quickBy > TimeSpan.Zero)
            {
                remaining = Remaining();
                if (quickBy >= remaining)
                {
                    return Result(PollOutcome.DeadlineReached, last);
                }

                await Task.Delay(quickBy, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool IsTransient(Exception exception, out TimeSpan? retryAfter)
    {
        retryAfter = null;
        switch (exception)
        {
            case ApiException api when api.StatusCode is (int)HttpStatusCode.TooManyRequests
                or (int)HttpStatusCode.BadGateway
                or (int)HttpStatusCode.ServiceUnavailable
                or (int)HttpStatusCode.GatewayTimeout:
                retryAfter = api.RetryAfter is { } after && after > TimeSpan.Zero ? after : null;
                return true;
            case HttpRequestException:
            case TimeoutException:
            // The resilience handler's own refusals: its circuit is open or its attempt timeout fired.
            case Polly.ExecutionRejectedException:
                return true;
            default:
                return false;
        }
    }

    /// <summary>Exponential (initial × 2^(n-1)), capped, with jitter in [50 %, 100 %] so many waiters spread out.</summary>
    private static TimeSpan Backoff(PollOptions options, int consecutiveFailures)
    {
        double exponential = options.InitialBackoff.TotalMilliseconds * Math.Pow(2, Math.Min(consecutiveFailures - 1, 30));
        double capped = Math.Min(exponential, options.MaxBackoff.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (Random.Shared.NextDouble() * 0.5)));
    }

    private static string Describe(Exception exception) => exception is ApiException api
        ? "status " + api.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : exception.GetType().Name;
}
