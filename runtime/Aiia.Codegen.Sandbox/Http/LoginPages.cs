using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;

namespace Aiia.Codegen.Sandbox;

/// <summary>
/// The sandbox's "bank": the page at a login's <c>authUrl</c>, whose links finish the login as the person would and
/// send the browser to the redirect URL with <c>code</c> or <c>error</c>, like the real flow.
/// </summary>
internal sealed class LoginPages(SandboxStore store)
{
    public async Task PageAsync(HttpContext context)
    {
        if (Find(context) is not { } session)
        {
            await NotFoundAsync(context);
            return;
        }

        SandboxSession snapshot = session.Snapshot();
        HtmlEncoder html = HtmlEncoder.Default;
        string basePath = "/sandbox/login/" + Uri.EscapeDataString(session.Id);
        var page = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>")
            .Append(html.Encode(snapshot.ProviderId)).Append(" - Aiia sandbox login</title></head>\n<body>\n")
            .Append("<h1>").Append(html.Encode(snapshot.ProviderId)).Append("</h1>\n")
            .Append("<p>Aiia sandbox login <code>").Append(html.Encode(snapshot.SessionId)).Append("</code> for user <code>")
            .Append(html.Encode(snapshot.UserHash)).Append("</code>: ").Append(html.Encode(snapshot.State.ToString())).Append(".</p>\n");
        if (snapshot.State == SandboxSessionState.InProgress)
        {
            page.Append("<p><a id=\"approve\" href=\"").Append(html.Encode(basePath + "/approve")).Append("\">Approve</a></p>\n")
                .Append("<p><a id=\"reject\" href=\"").Append(html.Encode(basePath + "/reject")).Append("\">Reject</a></p>\n")
                .Append("<p><a id=\"fail\" href=\"").Append(html.Encode(basePath + "/fail")).Append("\">Fail (a bank error)</a></p>\n");
        }

        page.Append("</body>\n</html>\n");
        context.Response.ContentType = "text/html; charset=utf-8";
        // The page shows a login's identifiers: not for caches.
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(page.ToString(), context.RequestAborted);
    }

    public Task ApproveAsync(HttpContext context) => FinishAsync(context, SandboxLoginOutcome.Succeeded);

    public Task RejectAsync(HttpContext context) => FinishAsync(context, SandboxLoginOutcome.Cancelled);

    public Task FailAsync(HttpContext context) => FinishAsync(context, SandboxLoginOutcome.Failed);

    /// <summary>Finishes the login and redirects; a login finished before (a second click, the back button) keeps its
    /// first outcome and redirects to it again.</summary>
    private async Task FinishAsync(HttpContext context, SandboxLoginOutcome outcome)
    {
        if (Find(context) is not { } session)
        {
            await NotFoundAsync(context);
            return;
        }

        store.TryComplete(session, outcome);
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Redirect(RedirectUris.For(session)!.AbsoluteUri);
    }

    private LoginSession? Find(HttpContext context) =>
        context.Request.RouteValues["sessionId"] is string sessionId ? store.FindSession(sessionId) : null;

    private static Task NotFoundAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync("<!DOCTYPE html>\n<html lang=\"en\"><body><p>Unknown sandbox login.</p></body></html>\n", context.RequestAborted);
    }
}
