using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Aiia.Codegen.Runtime.Tests;

/// <summary>
/// The long-poll waiter against a real loopback server whose replies are scripted per request. Where the server
/// "holds" a request it moves a fake clock by the window it was asked for, so windows, deadlines and elapsed times are
/// exact; retries and hung requests run on small real timeouts. Assertions are on outcomes, counts and the
/// <c>pollTimeout</c> each request asked for, never on wall-clock durations.
/// </summary>
public sealed class LongPollerTests
{
    private const string OperationId = "getAuthenticationStatus";
    private const string Secret = "code-SECRET-6d1f";

    private sealed class Recorder : IProgress<PollStatus>
    {
        private readonly ConcurrentQueue<PollStatus> _reports = new();

        public IReadOnlyList<PollStatus> Reports => [.. _reports];

        public void Report(PollStatus value) => _reports.Enqueue(value);
    }

    private static ApiRequest StatusRequest(int seconds)
    {
        var request = new ApiRequest(HttpMethod.Get, "/v1/authentication/" + ApiRequest.EscapePath(Requests.SessionValue) + "/status", OperationId, "/v1/authentication/{sessionId}/status");
        request.AddQuery("pollTimeout", seconds.ToString(CultureInfo.InvariantCulture));
        request.SetLongPoll(seconds);
        return request;
    }

    private static Task<PollResult<PollStatus>> Poll(TestApi api, PollOptions? options = null, IProgress<PollStatus>? progress = null, CancellationToken cancellationToken = default) =>
        api.Client.Transport.PollAsync<PollStatus, string>(
            OperationId, StatusRequest, PollStatusJsonConverter.Instance, s => s.State, s => s != "InProgress" && s != "Queued", options, progress, cancellationToken);

    /// <summary>The windows the server was asked for, in order (a warm-up request asks for none).</summary>
    private static int[] Windows(TestApi api) =>
        [.. api.Requests.Where(r => r.RawTarget.Contains("pollTimeout=", StringComparison.Ordinal)).Select(r => int.Parse(r.RawTarget[(r.RawTarget.IndexOf("pollTimeout=", StringComparison.Ordinal) + "pollTimeout=".Length)..], CultureInfo.InvariantCulture))];

    private static Func<HttpContext, Task> State(string state, string? code = null) =>
        Replies.Status(200, code is null ? $$"""{"state":"{{state}}"}""" : $$"""{"state":"{{state}}","code":"{{code}}"}""");

    /// <summary>Holds each request for the window it asks for (at least a second) on the fake clock, then answers
    /// <paramref name="state"/> with the code <c>n1</c>, <c>n2</c>, … so the test can tell the responses apart.</summary>
    private static Func<HttpContext, Task> Held(FakeTimeProvider time, string state = "InProgress")
    {
        int served = 0;
        return context =>
        {
            int seconds = int.Parse(context.Request.Query["pollTimeout"].ToString(), CultureInfo.InvariantCulture);
            time.Advance(TimeSpan.FromSeconds(Math.Max(seconds, 1)));
            return State(state, "n" + Interlocked.Increment(ref served).ToString(CultureInfo.InvariantCulture))(context);
        };
    }

    private static Task<TestApi> StartAsync(Func<HttpContext, Task> handler, TimeProvider? time = null, TimeSpan? attemptTimeout = null, PollOptions? polling = null) =>
        TestApi.StartAsync(handler, o =>
        {
            o.TimeProvider = time ?? TimeProvider.System;
            o.AttemptTimeout = attemptTimeout ?? o.AttemptTimeout;
            o.Polling = polling ?? o.Polling;
        });

    [Theory]
    [InlineData(30_000, 30)]
    [InlineData(2_900, 2)]
    [InlineData(500, 0)]
    [InlineData(0, 0)]
    public async Task A_terminal_first_response_completes_after_one_request_asking_for_whole_seconds(int pollTimeoutMs, int expectedSeconds)
    {
        await using TestApi api = await StartAsync(State("Succeeded", Secret));
        var progress = new Recorder();

        PollResult<PollStatus> result = await Poll(api, new PollOptions { PollTimeout = TimeSpan.FromMilliseconds(pollTimeoutMs) }, progress);

        Assert.Equal(PollOutcome.Completed, result.Outcome);
        Assert.Equal(new PollStatus("Succeeded", Secret), result.Response);
        Assert.Equal(1, result.Requests);
        Assert.Equal(0, result.TransientFailures);
        Assert.Equal([expectedSeconds], Windows(api));
        Assert.Empty(progress.Reports);
    }

    [Fact]
    public async Task Held_polls_follow_each_other_report_progress_and_complete()
    {
        var time = new FakeTimeProvider();
        Func<HttpContext, Task> held = Held(time);
        await using TestApi api = await StartAsync(Replies.Script(held, held, State("Succeeded")), time);
        var progress = new Recorder();

        PollResult<PollStatus> result = await Poll(api, new PollOptions { PollTimeout = TimeSpan.FromSeconds(30) }, progress);

        Assert.Equal(PollOutcome.Completed, result.Outcome);
        Assert.Equal("Succeeded", result.Response!.State);
        Assert.Equal(3, result.Requests);
        Assert.Equal([30, 30, 30], Windows(api));
        // Two held windows and no client-side delay between them.
        Assert.Equal(TimeSpan.FromSeconds(60), result.Elapsed);
        Assert.Equal(["n1", "n2"], progress.Reports.Select(r => r.Code));
    }

    [Fact]
    public async Task The_window_shrinks_as_the_deadline_nears()
    {
        var time = new FakeTimeProvider();
        Func<HttpContext, Task> held = Held(time);
        await using TestApi api = await StartAsync(
            Replies.Script(held, held, held, held, held, held, State("Succeeded")), time, attemptTimeout: TimeSpan.FromSeconds(10));

        PollResult<PollStatus> result = await Poll(api, new PollOptions { Deadline = TimeSpan.FromSeconds(60), PollTimeout = TimeSpan.FromSeconds(20) });

        // Each window is at most half of what is left after the attempt timeout: 60 s left → 20 (capped), 40 → 15,
        // 25 → 7, 18 → 4, 14 → 2, 12 → 1, 11 → 0.
        Assert.Equal([20, 15, 7, 4, 2, 1, 0], Windows(api));
        Assert.Equal(PollOutcome.Completed, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(49), result.Elapsed);
    }

    [Fact]
    public async Task A_state_that_never_ends_reaches_the_deadline_with_the_last_response()
    {
        var time = new FakeTimeProvider();
        await using TestApi api = await StartAsync(Held(time), time, attemptTimeout: TimeSpan.FromSeconds(2));
        var progress = new Recorder();

        PollResult<PollStatus> result = await Poll(api, new PollOptions { Deadline = TimeSpan.FromSeconds(10), PollTimeout = TimeSpan.FromSeconds(5) }, progress);

        Assert.Equal(PollOutcome.DeadlineReached, result.Outcome);
        Assert.True(result.DeadlineReached);
        // The sixth request was cut off by the deadline; the fifth response is the last one seen.
        Assert.Equal([4, 2, 1, 0, 0, 0], Windows(api));
        Assert.Equal(new PollStatus("InProgress", "n5"), result.Response);
        Assert.Equal(6, result.Requests);
        Assert.Equal(5, progress.Reports.Count);
        Assert.Equal(TimeSpan.FromSeconds(10), result.Elapsed);
        FakeLogRecord finished = Assert.Single(api.Client.Events("PollFinished"));
        Assert.Equal("DeadlineReached", finished.GetStructuredStateValue("Outcome"));
    }

    [Fact]
    public async Task Transient_statuses_are_retried_until_success_and_counted()
    {
        await using TestApi api = await StartAsync(Replies.Script(
            Replies.Status(429, """{"error":"TooManyRequests"}""", retryAfter: "1"),
            Replies.Status(500),
            Replies.Status(503),
            State("Succeeded")));

        PollResult<PollStatus> result = await Poll(api);

        Assert.Equal(PollOutcome.Completed, result.Outcome);
        Assert.Equal(4, result.Requests);
        Assert.Equal(3, result.TransientFailures);
        // The 429's Retry-After is the delay before the second request.
        string delay = api.Client.Events("RequestRetrying").First().GetStructuredStateValue("DelayMilliseconds")!;
        Assert.Equal(1000, double.Parse(delay, CultureInfo.InvariantCulture));
        Assert.Equal(4, Windows(api).Length);
    }

    [Fact]
    public async Task A_Retry_After_beyond_the_deadline_ends_the_wait_with_the_last_response()
    {
        await using TestApi api = await StartAsync(Replies.Script(State("InProgress", "first"), Replies.Status(503, retryAfter: "60"), State("Succeeded")));

        PollResult<PollStatus> result = await Poll(api, new PollOptions { Deadline = TimeSpan.FromSeconds(10), MinimumInterval = TimeSpan.Zero });

        Assert.Equal(PollOutcome.DeadlineReached, result.Outcome);
        Assert.Equal(new PollStatus("InProgress", "first"), result.Response);
        Assert.Equal(2, result.Requests);
        Assert.Equal(1, result.TransientFailures);
        Assert.Equal(2, api.Requests.Count);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(404)]
    [InlineData(409)]
    public async Task A_non_transient_status_is_thrown_without_a_retry(int status)
    {
        await using TestApi api = await StartAsync(Replies.Script(Replies.Status(status, """{"error":"InvalidInput"}"""), State("Succeeded")));

        var ex = await Assert.ThrowsAsync<ApiException>(() => Poll(api));

        Assert.Equal(status, ex.StatusCode);
        Assert.Equal(OperationId, ex.OperationId);
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task A_response_that_does_not_match_the_contract_is_thrown_without_a_retry()
    {
        await using TestApi api = await StartAsync(Replies.Script(Replies.Status(200, """{"state":{}}"""), State("Succeeded")));

        var ex = await Assert.ThrowsAsync<ApiResponseFormatException>(() => Poll(api));

        Assert.Equal("$.state", ex.JsonPath);
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task Cancelling_a_held_poll_surfaces_the_callers_token()
    {
        TaskCompletionSource arrived = Replies.Signal();
        await using TestApi api = await StartAsync(Replies.Hang(arrived));
        using var cts = new CancellationTokenSource();

        Task<PollResult<PollStatus>> wait = Poll(api, cancellationToken: cts.Token);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await cts.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(cts.Token, ex.CancellationToken);
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task An_already_cancelled_token_sends_nothing()
    {
        await using TestApi api = await StartAsync(State("Succeeded"));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Poll(api, cancellationToken: new CancellationToken(true)));

        Assert.Empty(api.Requests);
    }

    [Fact]
    public async Task A_hung_request_is_abandoned_after_its_window_and_the_attempt_timeout_and_a_retry_succeeds()
    {
        TaskCompletionSource aborted = Replies.Signal();
        await using TestApi api = await StartAsync(
            Replies.Script(Replies.Status(204), Replies.Hang(aborted: aborted), State("Succeeded")), attemptTimeout: TimeSpan.FromMilliseconds(500));
        await api.Client.WarmUpAsync();

        PollResult<PollStatus> result = await Poll(api, new PollOptions { Deadline = TimeSpan.FromSeconds(30), PollTimeout = TimeSpan.FromSeconds(1) });

        Assert.Equal(PollOutcome.Completed, result.Outcome);
        Assert.Equal(2, result.Requests);
        Assert.Equal(1, result.TransientFailures);
        Assert.Equal([1, 1], Windows(api));
        await aborted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("Timeout", Assert.Single(api.Client.Events("TransportFailed")).GetStructuredStateValue("Failure"));
    }

    [Fact]
    public async Task A_server_that_never_answers_ends_the_wait_at_the_deadline()
    {
        await using TestApi api = await StartAsync(Replies.Hang(), attemptTimeout: TimeSpan.FromMilliseconds(400));

        PollResult<PollStatus> result = await Poll(api, new PollOptions { Deadline = TimeSpan.FromSeconds(2) });

        Assert.Equal(PollOutcome.DeadlineReached, result.Outcome);
        Assert.Null(result.Response);
        Assert.True(result.Requests >= 2, $"{result.Requests} request(s)");
        Assert.InRange(result.Requests - result.TransientFailures, 0, 1);
        Assert.All(Windows(api), w => Assert.Equal(0, w));
    }

    [Fact]
    public async Task A_server_that_ignores_the_long_poll_is_paced_by_MinimumInterval()
    {
        var time = new FakeTimeProvider();
        // The attempt timeout is beyond the deadline: only pacing and the deadline wait on the driven clock.
        await using TestApi api = await StartAsync(State("InProgress"), time, attemptTimeout: TimeSpan.FromHours(1));

        Task<PollResult<PollStatus>> wait = Poll(api, new PollOptions { Deadline = TimeSpan.FromSeconds(10), MinimumInterval = TimeSpan.FromSeconds(1) });
        for (int i = 0; i < 10_000 && !wait.IsCompleted; i++)
        {
            await Task.Delay(1);
            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        PollResult<PollStatus> result = await wait.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(PollOutcome.DeadlineReached, result.Outcome);
        // Each request starts at least a second after the one before: at most 11 fit in 10 seconds.
        Assert.InRange(result.Requests, 2, 11);
        Assert.All(Windows(api), w => Assert.Equal(0, w));
    }

    [Fact]
    public async Task A_changed_state_is_polled_again_at_once()
    {
        var time = new FakeTimeProvider();
        // Nothing moves the clock but the held first request: any pacing after the quick answers would never end.
        await using TestApi api = await StartAsync(Replies.Script(Held(time), State("Queued"), State("Succeeded")), time);
        var progress = new Recorder();

        PollResult<PollStatus> result = await Poll(api, progress: progress).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(PollOutcome.Completed, result.Outcome);
        Assert.Equal(3, result.Requests);
        Assert.Equal(TimeSpan.FromSeconds(30), result.Elapsed);
        Assert.Equal(["InProgress", "Queued"], progress.Reports.Select(r => r.State));
    }

    [Fact]
    public async Task Logs_name_the_operation_and_outcome_but_no_response_content()
    {
        await using TestApi api = await StartAsync(Replies.Script(
            Replies.Status(503, $$$"""{"error":"{{{Secret}}}","details":{"reason":"{{{Secret}}}"}}"""),
            Replies.Reset(),
            State("InProgress", Secret),
            State("Succeeded", Secret)));

        PollResult<PollStatus> result = await Poll(api, new PollOptions { MinimumInterval = TimeSpan.Zero });

        Assert.Equal(PollOutcome.Completed, result.Outcome);
        IReadOnlyList<FakeLogRecord> records = api.Client.Logs;
        LogScan.AssertNoSecret(records, Secret, "InProgress", Requests.SessionValue);
        FakeLogRecord finished = Assert.Single(records, r => r.Id.Name == "PollFinished");
        Assert.Equal(21, finished.Id.Id);
        Assert.Equal("Aiia.Codegen.Runtime.LongPoller", finished.Category);
        Assert.Equal(OperationId, finished.GetStructuredStateValue("OperationId"));
        Assert.Equal("Completed", finished.GetStructuredStateValue("Outcome"));
        Assert.Equal("4", finished.GetStructuredStateValue("Requests"));
        Assert.Equal("2", finished.GetStructuredStateValue("TransientFailures"));
        Assert.Equal(["503 Service Unavailable", "ConnectionFailed"], api.Client.Events("RequestRetrying").Select(r => r.GetStructuredStateValue("Failure")));
    }

    [Fact]
    public async Task Without_options_the_clients_Polling_applies()
    {
        await using TestApi api = await StartAsync(State("Succeeded"), polling: new PollOptions { PollTimeout = TimeSpan.FromSeconds(7) });

        await Poll(api, options: null);

        Assert.Equal([7], Windows(api));
    }

    [Fact]
    public void PollAsync_validates_its_arguments()
    {
        using var client = new TestTransport(new Uri("https://api.example.com/"));
        ApiTransport transport = client.Transport;
        Func<int, ApiRequest> request = StatusRequest;
        PollStatusJsonConverter converter = PollStatusJsonConverter.Instance;

        Assert.Throws<ArgumentNullException>(() => { _ = transport.PollAsync<PollStatus, string>(null!, request, converter, s => s.State, _ => true); });
        Assert.Throws<ArgumentNullException>(() => { _ = transport.PollAsync<PollStatus, string>(OperationId, null!, converter, s => s.State, _ => true); });
        Assert.Throws<ArgumentNullException>(() => { _ = transport.PollAsync<PollStatus, string>(OperationId, request, null!, s => s.State, _ => true); });
        Assert.Throws<ArgumentNullException>(() => { _ = transport.PollAsync<PollStatus, string>(OperationId, request, converter, null!, _ => true); });
        Assert.Throws<ArgumentNullException>(() => { _ = transport.PollAsync<PollStatus, string>(OperationId, request, converter, s => s.State, null!); });
    }
}
