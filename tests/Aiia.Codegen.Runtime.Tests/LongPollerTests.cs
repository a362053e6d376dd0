using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Aiia.Codegen.Runtime.Tests;

/// <summary>
/// The long-poll waiter, driven by fake time and a scripted <c>poll</c> delegate: it lets the server do the waiting,
/// retries transient failures within the deadline, paces a server that ignores the long poll, and ends promptly on
/// cancellation. Every assertion is on outcomes, counts and fake-clock instants, never on wall-clock time.
/// </summary>
public sealed class LongPollerTests
{
    private const string OperationId = "getAuthenticationStatus";
    private const string PathTemplate = "/v1/authentication/{sessionId}/status";
    private const string Secret = "code-SECRET-6d1f";
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    /// <summary>A status response; <see cref="Code"/> stands for content that must never be logged.</summary>
    private sealed record Status(string State, string? Code = null);

    private delegate Task<Status> Reply(FakeTimeProvider time, int seconds, CancellationToken token);

    private sealed record Call(TimeSpan At, int Seconds);

    private sealed class RecordingProgress : IProgress<Status>
    {
        private readonly List<Status> _reports = [];

        public IReadOnlyList<Status> Reports
        {
            get
            {
                lock (_reports)
                {
                    return [.. _reports];
                }
            }
        }

        public void Report(Status value)
        {
            lock (_reports)
            {
                _reports.Add(value);
            }
        }
    }

    /// <summary>A transport over an unused loopback HttpClient, a fake clock and a fake logger.</summary>
    private sealed class Harness : IDisposable
    {
        private readonly HttpClient _http = new() { BaseAddress = new Uri("http://127.0.0.1/") };
        private readonly FakeLoggerProvider _loggerProvider = new();
        private readonly ILoggerFactory _loggerFactory;

        public Harness(PollOptions? defaults = null)
        {
            _loggerFactory = LoggerFactory.Create(b => b.AddProvider(_loggerProvider).SetMinimumLevel(LogLevel.Trace));
            var options = new ApiClientOptions { TimeProvider = Time, LoggerFactory = _loggerFactory };
            if (defaults is not null)
            {
                options.PollOptions = defaults;
            }

            Transport = new ApiTransport(_http, options);
            Origin = Time.GetUtcNow();
        }

        public FakeTimeProvider Time { get; } = new();

        public DateTimeOffset Origin { get; }

        public TimeSpan Now => Time.GetUtcNow() - Origin;

        public ApiTransport Transport { get; }

        public FakeLogCollector Logs => _loggerProvider.Collector;

        public void Dispose()
        {
            _loggerFactory.Dispose();
            _loggerProvider.Dispose();
            _http.Dispose();
        }
    }

    /// <summary>A scripted server: each call takes the next reply (the last one repeats) and is recorded.</summary>
    private sealed class Server(Harness harness, params Reply[] replies)
    {
        private readonly List<Call> _calls = [];

        public IReadOnlyList<Call> Calls
        {
            get
            {
                lock (_calls)
                {
                    return [.. _calls];
                }
            }
        }

        public Task<Status> Poll(int seconds, CancellationToken token)
        {
            int index;
            lock (_calls)
            {
                _calls.Add(new Call(harness.Now, seconds));
                index = Math.Min(_calls.Count - 1, replies.Length - 1);
            }

            return replies[index](harness.Time, seconds, token);
        }

        public IReadOnlyList<TimeSpan> Gaps()
        {
            IReadOnlyList<Call> calls = Calls;
            return [.. calls.Skip(1).Select((call, i) => call.At - calls[i].At)];
        }
    }

    // Replies. "Answer" returns at once; "Hold" simulates the server keeping the request open for the whole window
    // by moving the fake clock inside the call; "HoldOnClock" waits on the fake clock until the test advances it.
    private static Reply Answer(string state, string? code = null) => (_, _, _) => Task.FromResult(new Status(state, code));

    private static Reply Hold(string state) => (time, seconds, _) =>
    {
        time.Advance(TimeSpan.FromSeconds(seconds));
        return Task.FromResult(new Status(state));
    };

    private static Reply HoldOnClock(string state) => async (time, seconds, token) =>
    {
        await Task.Delay(TimeSpan.FromSeconds(seconds), time, token).ConfigureAwait(false);
        return new Status(state);
    };

    private static Reply Fail(Exception exception) => (_, _, _) => Task.FromException<Status>(exception);

    private static Reply FailWith(int status, TimeSpan? retryAfter = null, string? errorCode = null, JsonElement? details = null) =>
        Fail(new ApiException(status, "GET", PathTemplate, OperationId, errorCode, details, retryAfter));

    // Never answers, but gives up when its token is cancelled (as HttpClient does).
    private static Reply HangHonouringToken() => async (time, _, token) =>
    {
        await Task.Delay(Timeout.InfiniteTimeSpan, time, token).ConfigureAwait(false);
        throw new InvalidOperationException("An infinite delay ended.");
    };

    // Never answers and ignores its token (a handler that does not honour cancellation).
    private static Reply HangIgnoringToken() => (_, _, _) => new TaskCompletionSource<Status>().Task;

    private static Task<PollResult<Status>> Start(
        Harness harness,
        Server server,
        PollOptions? options,
        IProgress<Status>? progress = null,
        CancellationToken cancellationToken = default) =>
        harness.Transport.PollAsync<Status, string>(OperationId, server.Poll, s => s.State, s => s != "InProgress", options, progress, cancellationToken);

    /// <summary>
    /// Moves the fake clock. Timer callbacks run on this thread, and the continuations they complete run inline only
    /// where there is no SynchronizationContext (xunit installs one), so it is lifted for the call: everything that
    /// is due runs to its next wait before this returns, at the instant it was due.
    /// </summary>
    private static void Advance(FakeTimeProvider time, TimeSpan step)
    {
        SynchronizationContext? context = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            time.SetUtcNow(time.GetUtcNow() + step);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(context);
        }
    }

    /// <summary>Advances fake time in <paramref name="step"/>s while the wait runs (bounded), letting continuations run.</summary>
    private static async Task<T> Drive<T>(Harness harness, Task<T> task, TimeSpan? step = null, int maxSteps = 20_000)
    {
        for (int i = 0; i < maxSteps && !task.IsCompleted; i++)
        {
            await Task.Yield();
            if (task.IsCompleted)
            {
                break;
            }

            Advance(harness.Time, step ?? Step);
        }

        return await task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Advances fake time by <paramref name="duration"/> in steps, stopping early if the wait ends.</summary>
    private static async Task AdvanceBy(Harness harness, Task task, TimeSpan duration)
    {
        for (TimeSpan done = TimeSpan.Zero; done < duration && !task.IsCompleted; done += Step)
        {
            await Task.Yield();
            Advance(harness.Time, Step);
        }

        await Task.Yield();
    }

    private static void InRange(TimeSpan actual, TimeSpan low, TimeSpan high) =>
        Assert.True(actual >= low && actual <= high, $"{actual} is not within [{low}, {high}]");

    [Theory]
    [InlineData(30_000, 30)]
    [InlineData(2_900, 2)]
    [InlineData(500, 0)]
    [InlineData(0, 0)]
    public async Task A_terminal_first_response_completes_after_one_request_with_the_window_in_whole_seconds(int pollTimeoutMs, int expectedSeconds)
    {
        using var harness = new Harness();
        var succeeded = new Status("Succeeded", Secret);
        var server = new Server(harness, (_, _, _) => Task.FromResult(succeeded));
        var progress = new RecordingProgress();

        PollResult<Status> result = await Drive(harness, Start(harness, server, new PollOptions { PollTimeout = TimeSpan.FromMilliseconds(pollTimeoutMs) }, progress));

        Assert.Equal(PollOutcome.Completed, result.Outcome);
        Assert.True(result.IsCompleted);
        Assert.False(result.DeadlineReached);
        Assert.Same(succeeded, result.Response);
        Assert.Equal(1, result.Requests);
        Assert.Equal(0, result.TransientFailures);
        Assert.Equal(TimeSpan.Zero, result.Elapsed);
        Assert.Equal(expectedSeconds, Assert.Single(server.Calls).Seconds);
        Assert.Empty(progress.Reports);
    }

    [Fact]
    public async Task Held_long_polls_follow_each_other_without_a_client_side_delay_and_report_progress()
    {
        using var harness = new Harness();
        var server = new Server(harness, Hold("InProgress"), Hold("InProgress"), Answer("Succeeded", Secret));
        var progress = new RecordingProgress();

        PollResult<Status> result = await Drive(harness, Start(harness, server, new PollOptions { PollTimeout = TimeSpan.FromSeconds(30) }, progress));

        Assert.Equal(PollOutcome.Completed, result.Outcome);
        Assert.Equal(new Status("Succeeded", Secret), result.Response);
        Assert.Equal(3, result.Requests);
        Assert.Equal(0, result.TransientFailures);
        // Each request starts the instant the previous held one returned.
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60)], server.Calls.Select(c => c.At));
        Assert.All(server.Calls, c => Assert.Equal(30, c.Seconds));
        Assert.Equal(TimeSpan.FromSeconds(60), result.Elapsed);
        Assert.Equal(2, progress.Reports.Count);
        Assert.All(progress.Reports, r => Assert.Equal("InProgress", r.State));
    }

    [Fact]
    public async Task A_changed_but_not_terminal_state_is_polled_again_at_once()
    {
        using var harness = new Harness();
        var server = new Server(harness, Answer("Queued"), Answer("Redirecting"), Answer("Succeeded"));
        var progress = new RecordingProgress();

        PollResult<Status> result = await Drive(
            harness,
            harness.Transport.PollAsync<Status, string>(OperationId, server.Poll, s => s.State, s => s == "Succeeded", new PollOptions(), progress));

        Assert.Equal(PollOutcome.Completed, result.Outcome);
        Assert.Equal(3, result.Requests);
        // The first quick answer is paced (nothing says the server held it); a change is followed up at once.
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)], server.Calls.Select(c => c.At));
        Assert.Equal(["Queued", "Redirecting"], progress.Reports.Select(r => r.State));
    }

    [Fact]
    public async Task The_window_never_exceeds_the_time_left_to_the_deadline()
    {
        using var harness = new Harness();
        var server = new Server(harness, Hold("InProgress"));
        var options = new PollOptions { Deadline = TimeSpan.FromSeconds(61.5), PollTimeout = TimeSpan.FromSeconds(25) };

        PollResult<Status> result = await Drive(harness, Start(harness, server, options));

        // The server is asked to answer a second before the deadline (whole seconds, rounded down): 25, 25, then
        // 10 of the 11.5 s left; near the deadline it is asked to answer at once, and paced.
        Assert.Equal([25, 25, 10, 0, 0], server.Calls.Select(c => c.Seconds));
        Assert.All(server.Calls, c => Assert.True(
            c.Seconds == 0 || c.At + TimeSpan.FromSeconds(c.Seconds) <= options.Deadline - TimeSpan.FromSeconds(1),
            $"window {c.Seconds} s at {c.At}"));
        Assert.All(server.Calls, c => Assert.True(c.At + TimeSpan.FromSeconds(c.Seconds) <= options.Deadline, $"window {c.Seconds} s at {c.At}"));
        Assert.Equal(PollOutcome.DeadlineReached, result.Outcome);
        Assert.Equal(5, result.Requests);
        Assert.InRange(result.Elapsed, TimeSpan.FromSeconds(61), options.Deadline);
    }

    [Fact]
    public async Task A_state_that_never_ends_reaches_the_deadline_with_the_last_response()
    {
        using var harness = new Harness();
        int served = 0;
        Status? lastServed = null;
        Reply held = HoldOnClock("InProgress");
        var server = new Server(harness, async (time, seconds, token) =>
        {
            Status status = await held(time, seconds, token).ConfigureAwait(false);
            lastServed = status with { Code = "n" + Interlocked.Increment(ref served).ToString(CultureInfo.InvariantCulture) };
            return lastServed;
        });
        var progress = new RecordingProgress();
        var options = new PollOptions { Deadline = TimeSpan.FromSeconds(60), PollTimeout = TimeSpan.FromSeconds(25) };

        PollResult<Status> result = await Drive(harness, Start(harness, server, options, progress));

        Assert.Equal(PollOutcome.DeadlineReached, result.Outcome);
        Assert.True(result.DeadlineReached);
        Assert.False(result.IsCompleted);
        Assert.Same(lastServed, result.Response);
        Assert.Equal([25, 25, 9, 0], server.Calls.Select(c => c.Seconds));
        Assert.Equal(4, result.Requests);
        Assert.Equal(0, result.TransientFailures);
        Assert.Equal(4, progress.Reports.Count);
        // At 59 s the last quick answer would need a second of pacing, which the deadline does not leave.
        InRange(result.Elapsed, options.Deadline - TimeSpan.FromSeconds(1), options.Deadline);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task Retry_After_is_waited_out_exactly_before_the_next_request(int status)
    {
        using var harness = new Harness();
        var server = new Server(harness, FailWith(status, TimeSpan.FromSeconds(3)), Answer("Succeeded"));

        Task<PollResult<Status>> wait = Start(harness, server, new PollOptions());
        await AdvanceBy(harness, wait, TimeSpan.FromSeconds(2.9));
        Assert.Single(server.Calls);
        Assert.False(wait.IsCompleted);

        PollResult<Status> result = await Drive(harness, wait);

        Assert.Equal(PollOutcome.Completed, result.Outcome);
        Assert.Equal(2, result.Requests);
        Assert.Equal(1, result.TransientFailures);
        InRange(Assert.Single(server.Gaps()), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3) + Step);
    }

    [Fact]
    public async Task Gateway_errors_and_network_failures_are_retried_with_backoff_that_grows_and_is_capped()
    {
        using var harness = new Harness();
        var server = new Server(
            harness,
            FailWith(502),
            FailWith(504),
            Fail(new HttpRequestException("connection refused " + Secret)),
            Fail(new TimeoutException("timed out " + Secret)),
            FailWith(503),
            FailWith(429, retryAfter: TimeSpan.Zero),
            Answer("Succeeded"));
        var options = new PollOptions { InitialBackoff = TimeSpan.FromSeconds(1), MaxBackoff = TimeSpan.FromSeconds(4) };
        TimeSpan step = TimeSpan.FromMilliseconds(10);

        PollResult<Status> result = await Drive(harness, Start(harness, server, options), step);

        Assert.Equal(PollOutcome.Completed, result.Outcome);
        Assert.Equal(7, result.Requests);
        Assert.Equal(6, result.TransientFailures);

        // Exponential (1, 2, 4, then capped at 4 s) with jitter in [50 %, 100 %].
        double[] bases = [1, 2, 4, 4, 4, 4];
        IReadOnlyList<TimeSpan> gaps = server.Gaps();
        Assert.Equal(bases.Length, gaps.Count);
        for (int i = 0; i < bases.Length; i++)
        {
            InRange(gaps[i], TimeSpan.FromSeconds(bases[i] * 0.5), TimeSpan.FromSeconds(bases[i]) + step);
        }

        // Each gap is the delay the poller announced (Task.Delay counts whole milliseconds), no more (up to one
        // step of the fake clock).
        double[] logged = [.. harness.Logs.GetSnapshot()
            .Where(r => r.Id.Name == "PollTransientFailure")
            .Select(r => double.Parse(r.GetStructuredStateValue("DelayMilliseconds")!, CultureInfo.InvariantCulture))];
        Assert.Equal(gaps.Count, logged.Length);
        for (int i = 0; i < logged.Length; i++)
        {
            InRange(gaps[i], TimeSpan.FromMilliseconds(Math.Floor(logged[i])), TimeSpan.FromMilliseconds(logged[i]) + step);
        }
    }

    [Fact]
    public async Task The_resilience_handlers_refusals_are_retried_like_transient_failures()
    {
        using var harness = new Harness();
        var server = new Server(
            harness,
            Fail(new Polly.CircuitBreaker.BrokenCircuitException("open " + Secret)),
            Fail(new Polly.Timeout.TimeoutRejectedException("attempt " + Secret)),
            Answer("Succeeded"));

        PollResult<Status> result = await Drive(harness, Start(harness, server, new PollOptions()));

        Assert.Equal(PollOutcome.Completed, result.Outcome);
        Assert.Equal(3, result.Requests);
        Assert.Equal(2, result.TransientFailures);
        Assert.Equal(
            ["BrokenCircuitException", "TimeoutRejectedException"],
            harness.Logs.GetSnapshot().Where(r => r.Id.Name == "PollTransientFailure").Select(r => r.GetStructuredStateValue("Failure")));
        Assert.All(harness.Logs.GetSnapshot(), r => Assert.DoesNotContain(Secret, r.Message));
    }

    [Fact]
    public async Task Backoff_starts_over_after_a_successful_response()
    {
        using var harness = new Harness();
        var server = new Server(harness, FailWith(502), FailWith(502), FailWith(502), Hold("InProgress"), FailWith(502), Answer("Succeeded"));
        var options = new PollOptions { InitialBackoff = TimeSpan.FromSeconds(2), MaxBackoff = TimeSpan.FromMinutes(1), PollTimeout = TimeSpan.FromSeconds(5) };

        PollResult<Status> result = await Drive(harness, Start(harness, server, options));

        Assert.Equal(PollOutcome.Completed, result.Outcome);
        Assert.Equal(4, result.TransientFailures);
        IReadOnlyList<TimeSpan> gaps = server.Gaps();
        InRange(gaps[2], TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8) + Step);
        // gaps[3] is the held poll (5 s); the failure after it waits the initial backoff again.
        Assert.Equal(TimeSpan.FromSeconds(5), gaps[3]);
        InRange(gaps[4], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2) + Step);
    }

    [Fact]
    public async Task A_Retry_After_beyond_the_deadline_ends_the_wait_at_once()
    {
        using var harness = new Harness();
        var server = new Server(harness, FailWith(429, TimeSpan.FromSeconds(20)), Answer("Succeeded"));

        PollResult<Status> result = await Drive(harness, Start(harness, server, new PollOptions { Deadline = TimeSpan.FromSeconds(10) }));

        Assert.Equal(PollOutcome.DeadlineReached, result.Outcome);
        Assert.Null(result.Response);
        Assert.Equal(1, result.Requests);
        Assert.Equal(1, result.TransientFailures);
        Assert.Equal(TimeSpan.Zero, result.Elapsed);
        Assert.Single(server.Calls);
    }

    [Fact]
    public async Task A_later_Retry_After_beyond_the_deadline_ends_the_wait_without_waiting_it_out()
    {
        using var harness = new Harness();
        var server = new Server(harness, Answer("InProgress"), FailWith(503, TimeSpan.FromSeconds(4)), FailWith(503, TimeSpan.FromSeconds(6)), Answer("Succeeded"));

        PollResult<Status> result = await Drive(harness, Start(harness, server, new PollOptions { Deadline = TimeSpan.FromSeconds(10) }));

        Assert.Equal(PollOutcome.DeadlineReached, result.Outcome);
        Assert.Equal(new Status("InProgress"), result.Response);
        Assert.Equal(3, result.Requests);
        Assert.Equal(2, result.TransientFailures);
        // 1 s of pacing, then 4 s of Retry-After; at 5 s only 5 s are left, fewer than the 6 s asked for.
        InRange(result.Elapsed, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5) + (2 * Step));
    }

    [Fact]
    public async Task A_backoff_beyond_the_deadline_ends_the_wait_at_once()
    {
        using var harness = new Harness();
        var server = new Server(harness, Fail(new HttpRequestException("down")), Answer("Succeeded"));
        var options = new PollOptions { Deadline = TimeSpan.FromSeconds(1), InitialBackoff = TimeSpan.FromSeconds(4) };

        PollResult<Status> result = await Drive(harness, Start(harness, server, options));

        Assert.Equal(PollOutcome.DeadlineReached, result.Outcome);
        Assert.Equal(1, result.Requests);
        Assert.Equal(TimeSpan.Zero, result.Elapsed);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(409)]
    public async Task A_non_transient_ApiException_propagates_without_a_retry(int status)
    {
        using var harness = new Harness();
        var server = new Server(harness, FailWith(status, TimeSpan.FromSeconds(1), "InvalidInput"), Answer("Succeeded"));

        var ex = await Assert.ThrowsAsync<ApiException>(() => Drive(harness, Start(harness, server, new PollOptions())));

        Assert.Equal(status, ex.StatusCode);
        Assert.Single(server.Calls);
    }

    [Fact]
    public async Task A_response_format_error_propagates_without_a_retry()
    {
        using var harness = new Harness();
        var server = new Server(harness, Fail(new ApiResponseFormatException(200, "GET", PathTemplate, OperationId, "$.state", "expected a string")), Answer("Succeeded"));

        var ex = await Assert.ThrowsAsync<ApiResponseFormatException>(() => Drive(harness, Start(harness, server, new PollOptions())));

        Assert.Equal("$.state", ex.JsonPath);
        Assert.Single(server.Calls);
    }

    [Fact]
    public async Task An_unexpected_exception_propagates_without_a_retry()
    {
        using var harness = new Harness();
        var server = new Server(harness, Fail(new InvalidOperationException("bug")), Answer("Succeeded"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => Drive(harness, Start(harness, server, new PollOptions())));
        Assert.Single(server.Calls);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public async Task A_server_that_ignores_the_long_poll_is_paced_by_MinimumInterval(int intervalSeconds)
    {
        using var harness = new Harness();
        var server = new Server(harness, Answer("InProgress"));
        var options = new PollOptions { Deadline = TimeSpan.FromSeconds(60), MinimumInterval = TimeSpan.FromSeconds(intervalSeconds) };

        PollResult<Status> result = await Drive(harness, Start(harness, server, options));

        Assert.Equal(PollOutcome.DeadlineReached, result.Outcome);
        Assert.InRange(result.Requests, 1, (60 / intervalSeconds) + 1);
        Assert.True(result.Requests >= (60 / intervalSeconds) - 1, $"only {result.Requests} requests");
        Assert.All(server.Gaps(), gap => Assert.True(gap >= options.MinimumInterval, $"gap {gap}"));
        Assert.True(result.Elapsed <= options.Deadline, $"elapsed {result.Elapsed}");
    }

    [Fact]
    public async Task Pacing_counts_from_the_start_of_a_request_the_server_held_briefly()
    {
        using var harness = new Harness();
        Reply briefly = (time, _, _) =>
        {
            time.Advance(TimeSpan.FromMilliseconds(400));
            return Task.FromResult(new Status("InProgress"));
        };
        var server = new Server(harness, briefly, briefly, briefly, Answer("Succeeded"));

        PollResult<Status> result = await Drive(harness, Start(harness, server, new PollOptions { MinimumInterval = TimeSpan.FromSeconds(2) }));

        Assert.Equal(PollOutcome.Completed, result.Outcome);
        Assert.All(server.Gaps(), gap => InRange(gap, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2) + Step));
    }

    [Fact]
    public async Task An_already_cancelled_token_sends_nothing()
    {
        using var harness = new Harness();
        var server = new Server(harness, Answer("Succeeded"));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Start(harness, server, null, cancellationToken: new CancellationToken(true)));
        Assert.Empty(server.Calls);
    }

    [Fact]
    public async Task Cancelling_during_a_held_poll_ends_the_wait_promptly()
    {
        using var harness = new Harness();
        var server = new Server(harness, HoldOnClock("InProgress"));
        using var cts = new CancellationTokenSource();

        Task<PollResult<Status>> wait = Start(harness, server, new PollOptions(), cancellationToken: cts.Token);
        await AdvanceBy(harness, wait, TimeSpan.FromSeconds(5));
        Assert.False(wait.IsCompleted);

        await cts.CancelAsync();

        // No fake time is advanced after the cancellation: the wait must end on its own.
        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(cts.Token, ex.CancellationToken);
        Assert.Single(server.Calls);
    }

    [Fact]
    public async Task Cancelling_while_waiting_for_Retry_After_ends_the_wait_promptly()
    {
        using var harness = new Harness();
        var server = new Server(harness, FailWith(503, TimeSpan.FromSeconds(60)), Answer("Succeeded"));
        using var cts = new CancellationTokenSource();

        Task<PollResult<Status>> wait = Start(harness, server, new PollOptions(), cancellationToken: cts.Token);
        await AdvanceBy(harness, wait, TimeSpan.FromSeconds(1));
        Assert.False(wait.IsCompleted);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Single(server.Calls);
    }

    [Fact]
    public async Task Cancelling_while_pacing_ends_the_wait_promptly()
    {
        using var harness = new Harness();
        var server = new Server(harness, Answer("InProgress"));
        using var cts = new CancellationTokenSource();

        Task<PollResult<Status>> wait = Start(harness, server, new PollOptions { MinimumInterval = TimeSpan.FromSeconds(30) }, cancellationToken: cts.Token);
        await AdvanceBy(harness, wait, TimeSpan.FromSeconds(1));
        Assert.False(wait.IsCompleted);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Single(server.Calls);
    }

    [Fact]
    public async Task Cancelling_during_a_poll_that_ignores_its_token_still_ends_the_wait_promptly()
    {
        using var harness = new Harness();
        var server = new Server(harness, HangIgnoringToken());
        using var cts = new CancellationTokenSource();

        Task<PollResult<Status>> wait = Start(harness, server, new PollOptions(), cancellationToken: cts.Token);
        await AdvanceBy(harness, wait, TimeSpan.FromSeconds(1));
        Assert.False(wait.IsCompleted);
        await cts.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(cts.Token, ex.CancellationToken);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_attempt_that_hangs_is_abandoned_at_the_deadline(bool honoursToken)
    {
        using var harness = new Harness();
        var server = new Server(harness, honoursToken ? HangHonouringToken() : HangIgnoringToken());
        var options = new PollOptions { Deadline = TimeSpan.FromSeconds(10) };

        Task<PollResult<Status>> wait = Start(harness, server, options);
        await AdvanceBy(harness, wait, TimeSpan.FromSeconds(9.8));
        Assert.False(wait.IsCompleted);

        PollResult<Status> result = await Drive(harness, wait);

        Assert.Equal(PollOutcome.DeadlineReached, result.Outcome);
        Assert.Null(result.Response);
        Assert.Equal(1, result.Requests);
        Assert.Equal(0, result.TransientFailures);
        Assert.Equal(9, Assert.Single(server.Calls).Seconds);
        InRange(result.Elapsed, options.Deadline, options.Deadline + Step);
    }

    [Fact]
    public async Task An_abandoned_attempt_reports_the_last_response_seen()
    {
        using var harness = new Harness();
        var server = new Server(harness, Answer("InProgress", "first"), HangHonouringToken());

        PollResult<Status> result = await Drive(harness, Start(harness, server, new PollOptions { Deadline = TimeSpan.FromSeconds(10) }));

        Assert.Equal(PollOutcome.DeadlineReached, result.Outcome);
        Assert.Equal(new Status("InProgress", "first"), result.Response);
        Assert.Equal(2, result.Requests);
        Assert.Equal(8, server.Calls[1].Seconds);
        InRange(result.Elapsed, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10) + Step);
    }

    [Fact]
    public async Task Logs_name_the_operation_and_outcome_but_no_response_content()
    {
        using var harness = new Harness();
        JsonElement details = JsonDocument.Parse($$"""{"reason":"{{Secret}}"}""").RootElement;
        var server = new Server(
            harness,
            FailWith(503, TimeSpan.FromSeconds(1), Secret, details),
            Fail(new HttpRequestException("refused " + Secret)),
            Answer("InProgress", Secret),
            Answer("Succeeded", Secret));

        PollResult<Status> result = await Drive(harness, Start(harness, server, new PollOptions()));
        Assert.Equal(PollOutcome.Completed, result.Outcome);

        IReadOnlyList<FakeLogRecord> records = harness.Logs.GetSnapshot();
        Assert.NotEmpty(records);
        foreach (FakeLogRecord record in records)
        {
            Assert.Equal("Aiia.Codegen.Runtime.LongPoller", record.Category);
            Assert.Null(record.Exception);
            var texts = new List<string?> { record.Message, record.State?.ToString() };
            texts.AddRange(record.StructuredState?.Select(kv => kv.Key + "=" + kv.Value) ?? []);
            Assert.All(texts, text => Assert.DoesNotContain(Secret, text ?? string.Empty));
            Assert.All(texts, text => Assert.DoesNotContain("InProgress", text ?? string.Empty));
            Assert.Equal(OperationId, record.GetStructuredStateValue("OperationId"));
        }

        FakeLogRecord[] failures = [.. records.Where(r => r.Id.Name == "PollTransientFailure")];
        Assert.Equal(["status 503", "HttpRequestException"], failures.Select(r => r.GetStructuredStateValue("Failure")));

        FakeLogRecord finished = Assert.Single(records, r => r.Id.Name == "PollFinished");
        Assert.Equal("Completed", finished.GetStructuredStateValue("Outcome"));
        Assert.Equal("4", finished.GetStructuredStateValue("Requests"));
        Assert.Equal("2", finished.GetStructuredStateValue("TransientFailures"));
        Assert.Contains(OperationId, finished.Message);
        Assert.Contains("Completed", finished.Message);
    }

    [Fact]
    public async Task The_deadline_outcome_is_logged()
    {
        using var harness = new Harness();
        var server = new Server(harness, Answer("InProgress", Secret));

        await Drive(harness, Start(harness, server, new PollOptions { Deadline = TimeSpan.FromSeconds(3) }));

        FakeLogRecord finished = Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Name == "PollFinished");
        Assert.Equal("DeadlineReached", finished.GetStructuredStateValue("Outcome"));
        Assert.Equal(OperationId, finished.GetStructuredStateValue("OperationId"));
        Assert.DoesNotContain(Secret, finished.Message);
    }

    [Fact]
    public async Task Without_options_the_clients_PollOptions_apply()
    {
        using var harness = new Harness(new PollOptions { PollTimeout = TimeSpan.FromSeconds(7), Deadline = TimeSpan.FromSeconds(20) });
        var server = new Server(harness, Hold("InProgress"));

        PollResult<Status> result = await Drive(harness, Start(harness, server, options: null));

        Assert.Equal(PollOutcome.DeadlineReached, result.Outcome);
        Assert.Equal([7, 7, 5, 0], server.Calls.Select(c => c.Seconds));
        Assert.Equal(TimeSpan.FromSeconds(19), result.Elapsed);
    }

    [Fact]
    public void PollAsync_validates_its_arguments()
    {
        using var harness = new Harness();
        var server = new Server(harness, Answer("Succeeded"));
        ApiTransport transport = harness.Transport;

        Assert.Throws<ArgumentNullException>(() => { _ = transport.PollAsync<Status, string>(null!, server.Poll, s => s.State, _ => true); });
        Assert.Throws<ArgumentNullException>(() => { _ = transport.PollAsync<Status, string>(OperationId, null!, s => s.State, _ => true); });
        Assert.Throws<ArgumentNullException>(() => { _ = transport.PollAsync<Status, string>(OperationId, server.Poll, null!, _ => true); });
        Assert.Throws<ArgumentNullException>(() => { _ = transport.PollAsync<Status, string>(OperationId, server.Poll, s => s.State, null!); });
        Assert.Empty(server.Calls);
    }

    [Fact]
    public void PollOptions_have_documented_defaults_and_reject_bad_values()
    {
        var options = new PollOptions();
        Assert.Equal(TimeSpan.FromMinutes(5), options.Deadline);
        Assert.Equal(TimeSpan.FromSeconds(30), options.PollTimeout);
        Assert.Equal(TimeSpan.FromSeconds(1), options.MinimumInterval);
        Assert.Equal(TimeSpan.FromMilliseconds(500), options.InitialBackoff);
        Assert.Equal(TimeSpan.FromSeconds(15), options.MaxBackoff);

        Assert.Throws<ArgumentOutOfRangeException>(() => options.Deadline = TimeSpan.Zero);
        Assert.Throws<ArgumentOutOfRangeException>(() => options.PollTimeout = TimeSpan.FromSeconds(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => options.MinimumInterval = TimeSpan.FromSeconds(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => options.InitialBackoff = TimeSpan.Zero);
        Assert.Throws<ArgumentOutOfRangeException>(() => options.MaxBackoff = TimeSpan.FromSeconds(-1));

        options.PollTimeout = TimeSpan.Zero;
        options.MinimumInterval = TimeSpan.Zero;
        Assert.Equal(TimeSpan.Zero, options.PollTimeout);
        Assert.Equal(TimeSpan.Zero, options.MinimumInterval);
    }

    [Fact]
    public void ApiClientOptions_PollOptions_has_a_default_and_rejects_null()
    {
        var options = new ApiClientOptions();
        Assert.NotNull(options.PollOptions);
        Assert.Equal(TimeSpan.FromMinutes(5), options.PollOptions.Deadline);
        Assert.Throws<ArgumentNullException>(() => options.PollOptions = null!);

        var custom = new PollOptions();
        options.PollOptions = custom;
        Assert.Same(custom, options.PollOptions);
    }

    [Fact]
    public void PollResult_flags_follow_the_outcome()
    {
        var completed = new PollResult<Status>(PollOutcome.Completed, new Status("Succeeded"), 1, 0, TimeSpan.Zero);
        var deadline = new PollResult<Status>(PollOutcome.DeadlineReached, null, 3, 1, TimeSpan.FromSeconds(5));

        Assert.True(completed.IsCompleted);
        Assert.False(completed.DeadlineReached);
        Assert.False(deadline.IsCompleted);
        Assert.True(deadline.DeadlineReached);
    }
}
