using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Aiia.Codegen.Sandbox;

/// <summary>Injects <see cref="SandboxFaults"/> into <c>/v1/</c> requests before anything else looks at them, so a
/// faulted request has no effect (a faulted code exchange leaves the code unused). The transient kinds are answered
/// here; the hostile ones by <see cref="HostileResponses"/>.</summary>
internal sealed class FaultInjectionMiddleware(
    SandboxFaults faults,
    SandboxStatistics statistics,
    ApiResponses responses,
    HostileResponses hostile,
    TimeProvider timeProvider,
    ILogger logger,
    CancellationToken stopping)
{
    /// <summary>The first bytes of a JSON object, all a <see cref="SandboxFaultKinds.ResetMidBody"/> response sends of
    /// the 200 it announces.</summary>
    private static readonly byte[] PartialBody = "{\"state\":\"InProgress\""u8.ToArray();
    private const int AnnouncedLength = 200;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        // A request that followed a same-origin redirect is served normally, or a client could never get through.
        if (context.GetEndpoint()?.Metadata.GetMetadata<SandboxEndpoint>() is not { IsApi: true } endpoint
            || context.Request.Query.ContainsKey(SandboxFaults.RedirectMarker))
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
            case SandboxFaultKinds.None:
                break;
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
            case SandboxFaultKinds.InternalServerError:
                await responses.ErrorAsync(context, endpoint.Name, StatusCodes.Status500InternalServerError, ApiResponses.InternalError, ApiResponses.InjectedFault);
                return;
            case SandboxFaultKinds.ResetMidBody:
                await ResetMidBodyAsync(context);
                return;
            case SandboxFaultKinds.Hang:
                await HangAsync(context);
                return;
            default:
                await hostile.AnswerAsync(context, kind);
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
        return responses.ErrorAsync(context, endpoint, statusCode, error, ApiResponses.InjectedFault);
    }

    /// <summary>Headers and the start of the body reach the client, then the connection ends short of the length.</summary>
    private static async Task ResetMidBodyAsync(HttpContext context)
    {
        HttpResponse response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = JsonBodies.ContentType;
        response.ContentLength = AnnouncedLength;
        await response.Body.WriteAsync(PartialBody, context.RequestAborted);
        await response.Body.FlushAsync(context.RequestAborted);
        // Not HttpContext.Abort(): that closes the socket at once and can discard what is still queued for it, headers
        // included. Returning short of the Content-Length makes Kestrel close the connection after sending all of it
        // (and log the short body as an application error), so the client's body read fails every time.
    }

    /// <summary>Holds the request until the client goes away or the sandbox stops, and never answers it.</summary>
    private async Task HangAsync(HttpContext context)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        await Task.Delay(Timeout.Infinite, cancellation.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        // Returning would let Kestrel send an empty 200; a stopping sandbox drops the connection instead.
        context.Abort();
    }
}
