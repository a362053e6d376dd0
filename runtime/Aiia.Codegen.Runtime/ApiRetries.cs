using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// The one retry layer: a Polly pipeline inside the transport, so the constructor path and the dependency-injection
/// path retry alike, and so a body that breaks off mid-read is retried like a failed send. It retries
/// <see cref="ApiException.IsTransient"/> failures of idempotent calls with exponential backoff and jitter, or after
/// the server's <c>Retry-After</c>; a plain call up to <see cref="ApiClientOptions.MaxRetries"/> times (and never
/// after a <c>Retry-After</c> longer than <see cref="ApiClientOptions.MaxRetryDelay"/>), a wait until its deadline.
/// </summary>
internal static class ApiRetries
{
    public static readonly ResiliencePropertyKey<ApiCall> CallKey = new("Aiia.Codegen.Call");

    public static ResiliencePipeline Build(ApiClientOptions options, ILogger logger)
    {
        TimeSpan maxRetryAfter = options.MaxRetryDelay;
        return new ResiliencePipelineBuilder { TimeProvider = options.TimeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                // The count is decided per call in ShouldRetry (a wait has no count, only its deadline).
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = arguments => new ValueTask<bool>(ShouldRetry(arguments.Outcome.Exception, arguments.AttemptNumber, arguments.Context, maxRetryAfter)),
                DelayGenerator = static arguments => new ValueTask<TimeSpan?>(
                    arguments.Outcome.Exception is ApiException { RetryAfter: { } after } && after > TimeSpan.Zero ? after : null),
                OnRetry = arguments =>
                {
                    ApiCall call = arguments.Context.Properties.GetValue(CallKey, null!);
                    call.Retries++;
                    if (arguments.Outcome.Exception is ApiException failure)
                    {
                        ApiTransportLog.Retrying(logger, failure.Method, failure.PathTemplate, failure.OperationId, Describe(failure), arguments.AttemptNumber + 1, arguments.RetryDelay.TotalMilliseconds);
                    }

                    return default;
                },
            })
            .Build();
    }

    private static bool ShouldRetry(Exception? exception, int attemptNumber, ResilienceContext context, TimeSpan maxRetryAfter)
    {
        if (exception is not ApiException { IsTransient: true } failure
            || !context.Properties.TryGetValue(CallKey, out ApiCall? call)
            || !ApiFailures.IsIdempotent(call.Method)
            || attemptNumber >= call.RetryLimit)
        {
            return false;
        }

        // A wait may sleep as long as its deadline allows; a plain call only up to MaxRetryDelay.
        TimeSpan? remaining = call.Remaining();
        if (remaining is TimeSpan left && left <= TimeSpan.Zero)
        {
            return false;
        }

        return failure.RetryAfter is not TimeSpan after || after <= (remaining ?? maxRetryAfter);
    }

    /// <summary>The failure as logs show it: a status or a transport failure kind, never a message.</summary>
    public static string Describe(ApiException failure) => failure is ApiTransportException transport
        ? transport.Failure.ToString()
        : ApiException.DescribeStatus(failure.StatusCode);
}
