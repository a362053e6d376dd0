using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Aiia.Codegen.Sandbox;

/// <summary>Injects <see cref="SandboxFaults"/> into <c>/v1/</c> requests before anything else looks at them, so a
/// faulted request has no effect (a faulted code exchange leaves the code unused).</summary>
internal sealed class FaultInjectionMiddleware(
    SandboxFaults faults,
    SandboxStatistics statistics,
    ApiResponses responses,
    TimeProvider timeProvider,
    ILogger logger,
    CancellationToken stopping)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<SandboxEndpoint>() is not { IsApi: true } endpoint)
        {
            await next(context);
            return;
        }

        SandboxFaultKinds kind = faults.Draw(endpoint.Name);
        if (kind != SandboxFaultKinds.None)
        {
            statistics.CountFault(kind);
            SandboxLog.FaultInjected(logger, kind, endpoint.Name);
        }

        switch (kind)
        {
            case SandboxFaultKinds.Latency:
                if (!await DelayAsync(context, faults.Latency))
                {
                    return;
                }

                break;
            case SandboxFaultKinds.ServiceUnavailable:
                await RefuseAsync(context, endpoint.Name, StatusCodes.Status503ServiceUnavailable, ApiResponses.ServiceUnavailable);
                return;
            case SandboxFaultKinds.TooManyRequests:
                await RefuseAsync(context, endpoint.Name, StatusCodes.Status429TooManyRequests, ApiResponses.TooManyRequests);
                return;
            case SandboxFaultKinds.DroppedConnection:
                // No response at all: the client sees the connection reset, as with a real network failure.
                context.Abort();
                return;
        }

        await next(context);
    }

    /// <summary>Delays on the TimeProvider's clock; false when the client went away meanwhile.</summary>
    private async Task<bool> DelayAsync(HttpContext context, TimeSpan latency)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await Task.Delay(latency, timeProvider, cancellation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            // The sandbox is stopping: carry on without the rest of the delay.
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        return true;
    }

    private Task RefuseAsync(HttpContext context, string endpoint, int statusCode, string error)
    {
        context.Response.Headers.RetryAfter = faults.RetryAfterSeconds().ToString(CultureInfo.InvariantCulture);
        return responses.ErrorAsync(context, endpoint, statusCode, error, "Injected fault");
    }
}
