using Microsoft.Extensions.Hosting;

namespace Aiia.Codegen.Sandbox;

/// <summary>
/// Replaces the default console lifetime, which would take over Ctrl+C (and SIGTERM) of the application hosting the
/// sandbox and stop the sandbox instead of the application. The sandbox stops when it is disposed, nothing else.
/// </summary>
internal sealed class NoHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
