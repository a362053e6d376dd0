using System.Buffers;
using System.ComponentModel;
using System.Text.Json.Serialization;
using System.Text.Json;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// One HTTP call described by generated code: method, escaped path, query, headers and an optional JSON body.
/// The transport turns it into a fresh <see cref="HttpRequestMessage"/> per send, so a request can be sent again.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ApiRequest
{
    private readonly ApiPairList _query = new();
    private readonly List<ApiHeader> _headers = [];
    private List<(IApiTokenSource Source, string SchemeName, string[] Scopes)>? _tokens;
    private ApiPairList? _form;
    private ApiMultipart? _multipart;

    /// <summary>Creates a request.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path relative to the client's base address, starting with <c>/</c>, with every
    /// parameter value already escaped by <see cref="EscapePath(string)"/>.</param>
    /// <param name="operationId">The contract's operation id, shown in logs and exceptions.</param>
    /// <param name="pathTemplate">The contract's path template (<c>/v1/x/{id}</c>), shown in logs and exceptions
    /// instead of <paramref name="path"/>, which holds values.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A string argument is empty, or <paramref name="path"/> does not start with <c>/</c>.</exception>
    public ApiRequest(HttpMethod method, string path, string operationId, string pathTemplate)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(operationId);
        ArgumentException.ThrowIfNullOrEmpty(pathTemplate);
        // A relative path without the leading slash would silently depend on the base address's last segment.
        if (path[0] != '/')
        {
            throw new ArgumentException("The path must start with '/'.", nameof(path));
        }

        Method = method;
        Path = path;
        OperationId = operationId;
        PathTemplate = pathTemplate;
    }

    /// <summary>Creates a GET request: the constructor's arguments, with the path template the path when it has no placeholder.</summary>
    /// <param name="path">The escaped path (see the constructor).</param>
    /// <param name="operationId">The contract's operation id.</param>
    /// <param name="pathTemplate">The contract's path template, or null when it is <paramref name="path"/>.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentException">A string argument is empty, or <paramref name="path"/> does not start with <c>/</c>.</exception>
    public static ApiRequest Get(string path, string operationId, string? pathTemplate = null) => new(HttpMethod.Get, path, operationId, pathTemplate ?? path);

    /// <summary>Creates a PUT request: the constructor's arguments, with the path template the path when it has no placeholder.</summary>
    /// <param name="path">The escaped path (see the constructor).</param>
    /// <param name="operationId">The contract's operation id.</param>
    /// <param name="pathTemplate">The contract's path template, or null when it is <paramref name="path"/>.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentException">A string argument is empty, or <paramref name="path"/> does not start with <c>/</c>.</exception>
    public static ApiRequest Put(string path, string operationId, string? pathTemplate = null) => new(HttpMethod.Put, path, operationId, pathTemplate ?? path);

    /// <summary>Creates a POST request: the constructor's arguments, with the path template the path when it has no placeholder.</summary>
    /// <param name="path">The escaped path (see the constructor).</param>
    /// <param name="operationId">The contract's operation id.</param>
    /// <param name="pathTemplate">The contract's path template, or null when it is <paramref name="path"/>.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentException">A string argument is empty, or <paramref name="path"/> does not start with <c>/</c>.</exception>
    public static ApiRequest Post(string path, string operationId, string? pathTemplate = null) => new(HttpMethod.Post, path, operationId, pathTemplate ?? path);

    /// <summary>Creates a DELETE request: the constructor's arguments, with the path template the path when it has no placeholder.</summary>
    /// <param name="path">The escaped path (see the constructor).</param>
    /// <param name="operationId">The contract's operation id.</param>
    /// <param name="pathTemplate">The contract's path template, or null when it is <paramref name="path"/>.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentException">A string argument is empty, or <paramref name="path"/> does not start with <c>/</c>.</exception>
    public static ApiRequest Delete(string path, string operationId, string? pathTemplate = null) => new(HttpMethod.Delete, path, operationId, pathTemplate ?? path);

    /// <summary>Creates a PATCH request: the constructor's arguments, with the path template the path when it has no placeholder.</summary>
    /// <param name="path">The escaped path (see the constructor).</param>
    /// <param name="operationId">The contract's operation id.</param>
    /// <param name="pathTemplate">The contract's path template, or null when it is <paramref name="path"/>.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentException">A string argument is empty, or <paramref name="path"/> does not start with <c>/</c>.</exception>
    public static ApiRequest Patch(string path, string operationId, string? pathTemplate = null) => new(HttpMethod.Patch, path, operationId, pathTemplate ?? path);

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The escaped path, holding parameter values. Never logged.</summary>
    public string Path { get; }

    /// <summary>The contract's operation id.</summary>
    public string OperationId { get; }

    /// <summary>The contract's path template, safe to log.</summary>
    public string PathTemplate { get; }

    /// <summary>Query parameters in the order added, unescaped (the transport escapes them).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query => _query.Pairs;

    /// <summary>Headers in the order added.</summary>
    public IReadOnlyList<ApiHeader> Headers => _headers;

    /// <summary>The UTF-8 JSON body set by <see cref="SetJsonBody{T}(T, JsonConverter{T})"/>, or null when there is none.</summary>
    public ReadOnlyMemory<byte>? JsonBody => Body is ApiRequestBody.Bytes { IsJson: true } bytes ? bytes.Value : (ReadOnlyMemory<byte>?)null;

    /// <summary>The form fields added by <see cref="AddFormField(string, string?)"/>, unescaped, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> FormFields => _form?.Pairs ?? [];

    /// <summary>True when a 3xx answer is the operation's documented result (it is returned, never followed).</summary>
    public bool RedirectIsAnswer { get; private set; }

    /// <summary>False when the body reads a caller's stream: such a request is sent once, never retried.</summary>
    public bool IsRepeatable => Body?.IsRepeatable ?? true;

    internal ApiRequestBody? Body { get; private set; }

    /// <summary>True for methods that may be repeated without a second effect (GET, HEAD, PUT, DELETE, OPTIONS, TRACE):
    /// the only ones the retry layer repeats.</summary>
    public bool IsIdempotent => ApiFailures.IsIdempotent(Method);

    /// <summary>How long the server is asked to hold this request (a long poll); an attempt may take this plus
    /// <see cref="ApiClientOptions.AttemptTimeout"/>. Zero by default.</summary>
    public TimeSpan LongPollWindow { get; private set; }

    /// <summary>Declares that the server may hold this request for <paramref name="seconds"/> (the value of the
    /// operation's long-poll parameter); null or negative means it answers at once.</summary>
    /// <param name="seconds">The long-poll window in seconds, or null.</param>
    public void SetLongPoll(long? seconds) => LongPollWindow = seconds is > 0 ? TimeSpan.FromSeconds(Math.Min(seconds.Value, int.MaxValue)) : TimeSpan.Zero;

    /// <summary>Adds a query parameter; a null value is skipped (an optional parameter not given).</summary>
    /// <param name="name">The parameter name, unescaped.</param>
    /// <param name="value">The formatted value, unescaped (see <see cref="ApiFormat"/>), or null.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    public void AddQuery(string name, string? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (value is not null)
        {
            _query.Add(name, value);
        }
    }

    /// <summary>Adds a query parameter per value, in order (an exploded list); a null list or value is skipped.</summary>
    /// <param name="name">The parameter name, unescaped.</param>
    /// <param name="values">The formatted values, unescaped, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    public void AddQueryValues(string name, IEnumerable<string?>? values)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        foreach (string? value in values ?? [])
        {
            AddQuery(name, value);
        }
    }

    /// <summary>Adds one query parameter holding a list joined by <paramref name="delimiter"/>: a list or object
    /// that is not exploded (<c>ids=1,2,3</c>; <c>spaceDelimited</c> and <c>pipeDelimited</c> styles). Each item is
    /// escaped on its own and a comma between items is sent as it is (as RFC 6570 expands <c>{?ids}</c>), so a comma
    /// inside an item (sent as <c>%2C</c>) stays apart from the separators. A null list is skipped; a null item is an
    /// empty one.</summary>
    /// <param name="name">The parameter name, unescaped.</param>
    /// <param name="values">The formatted items, unescaped, or null.</param>
    /// <param name="delimiter">What separates the items: <c>,</c>, <c> </c> or <c>|</c> (the last two are sent
    /// escaped).</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="delimiter"/> is null or empty.</exception>
    public void AddQueryList(string name, IEnumerable<string?>? values, string delimiter)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(delimiter);
        if (values is null)
        {
            return;
        }

        _query.AddList(name, values, delimiter);
    }

    /// <summary>The query value at <paramref name="index"/> of <see cref="Query"/>, escaped for the URI.</summary>
    internal string EscapedQueryValue(int index) => _query.EscapedValue(index);

    /// <summary>Adds a header to this request only; a null value is skipped.</summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The formatted value, or null.</param>
    /// <param name="sensitive">True for credentials and tokens; header values are never logged, and this flag tells
    /// any other consumer (handlers, diagnostics) to redact the value too.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty, or <paramref name="value"/>
    /// contains a line break or NUL (which would split the header) or a character outside ASCII.</exception>
    public void AddHeader(string name, string? value, bool sensitive = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (value is null)
        {
            return;
        }

        // The message names the header, never the value: it may be a secret.
        if (value.AsSpan().IndexOfAny('\r', '\n', '\0') >= 0)
        {
            throw new ArgumentException($"The value of header '{name}' contains a line break or NUL character.", nameof(value));
        }

        // HTTP sends header values as ASCII; HttpClient would fail the send as if the connection had broken.
        if (value.AsSpan().IndexOfAnyExceptInRange('\0', '\u007f') >= 0)
        {
            throw new ArgumentException($"The value of header '{name}' contains a character outside ASCII, which an HTTP header cannot carry.", nameof(value));
        }

        _headers.Add(new ApiHeader(name, value, sensitive));
    }

    /// <summary>Adds a cookie (an API key or an <c>in: cookie</c> parameter) to the one <c>Cookie</c> header of this
    /// request (<c>a=1; b=2</c>); a null value is skipped. The header is sensitive: cookies carry API keys and sessions.
    /// A value is sent as is where a cookie can hold it; a character it cannot (<c>;</c>, <c>,</c>, <c>"</c>,
    /// <c>\</c>, <c>%</c>, white space, a control or non-ASCII character) is percent-encoded as UTF-8, so no value can
    /// end the cookie or add a header.</summary>
    /// <param name="name">The cookie name.</param>
    /// <param name="value">The cookie value, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or not a token. The message names
    /// the cookie, never the value.</exception>
    public void AddCookie(string name, string? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!IsCookieText(name) || name.Contains('='))
        {
            throw new ArgumentException($"The cookie name '{name}' is not a valid token.", nameof(name));
        }

        if (value is null)
        {
            return;
        }

        value = EscapeCookieValue(value);
        int index = _headers.FindIndex(static h => string.Equals(h.Name, CookieHeader, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            _headers.Add(new ApiHeader(CookieHeader, name + "=" + value, Sensitive: true));
        }
        else
        {
            _headers[index] = new ApiHeader(CookieHeader, _headers[index].Value + "; " + name + "=" + value, Sensitive: true);
        }
    }

    /// <summary>Adds <c>Authorization: Basic</c> with the UTF-8 Base64 of <c>userName:password</c>; skipped when
    /// either is null.</summary>
    /// <param name="userName">The user name; it cannot contain <c>:</c>.</param>
    /// <param name="password">The password.</param>
    /// <exception cref="ArgumentException"><paramref name="userName"/> contains <c>:</c>, or either contains a
    /// control character. The message never shows them.</exception>
    public void AddBasicAuthorization(string? userName, string? password)
    {
        if (userName is null || password is null)
        {
            return;
        }

        if (userName.Contains(':'))
        {
            throw new ArgumentException("The user name of basic authentication cannot contain ':'.", nameof(userName));
        }

        if (userName.AsSpan().IndexOfAnyInRange('\0', '\u001f') >= 0 || password.AsSpan().IndexOfAnyInRange('\0', '\u001f') >= 0)
        {
            throw new ArgumentException("The user name or password of basic authentication contains a control character.", nameof(password));
        }

        string credentials = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(userName + ":" + password));
        _headers.Add(new ApiHeader(AuthorizationHeader, "Basic " + credentials, Sensitive: true));
    }

    /// <summary>Asks <paramref name="source"/> for a token when the request is sent (on every attempt), and sends it
    /// as <c>Authorization: Bearer {token}</c>; skipped when <paramref name="source"/> is null.</summary>
    /// <param name="source">The token source, usually <see cref="ApiClientOptions.TokenSource"/>.</param>
    /// <param name="schemeName">The security scheme the token is for.</param>
    /// <param name="scopes">The scopes the operation requires for it.</param>
    /// <exception cref="ArgumentException"><paramref name="schemeName"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="scopes"/> is null.</exception>
    public void AddBearerToken(IApiTokenSource? source, string schemeName, params string[] scopes)
    {
        ArgumentException.ThrowIfNullOrEmpty(schemeName);
        ArgumentNullException.ThrowIfNull(scopes);
        if (source is null)
        {
            return;
        }

        (_tokens ??= []).Add((source, schemeName, scopes));
    }

    /// <summary>The tokens to ask for when the request is sent, in the order added (the transport adds its server).</summary>
    internal IReadOnlyList<(IApiTokenSource Source, string SchemeName, string[] Scopes)> Tokens => (IReadOnlyList<(IApiTokenSource, string, string[])>?)_tokens ?? [];

    /// <summary>Sets the JSON body, written now with <paramref name="converter"/> (no reflection).</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="value">The body; not null.</param>
    /// <param name="converter">The converter that writes <typeparamref name="T"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> or <paramref name="converter"/> is null.</exception>
    public void SetJsonBody<T>(T value, JsonConverter<T> converter)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(converter);

        Body = new ApiRequestBody.Bytes(ApiJson.WriteUtf8(value, converter), "application/json", isJson: true);
    }

    /// <summary>Sets a JSON body sent with another JSON media type (e.g. <c>application/merge-patch+json</c>).</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="value">The body; not null.</param>
    /// <param name="converter">The converter that writes <typeparamref name="T"/>.</param>
    /// <param name="contentType">The media type to send.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void SetJsonBody<T>(T value, JsonConverter<T> converter, string contentType)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        SetJsonBody(value, converter);
        Body = new ApiRequestBody.Bytes(((ApiRequestBody.Bytes)Body!).Value, contentType, isJson: true);
    }

    /// <summary>Sets a text body (<c>text/*</c>), encoded as UTF-8.</summary>
    /// <param name="value">The text; not null.</param>
    /// <param name="contentType">The media type, e.g. <c>text/plain</c>; <c>charset=utf-8</c> is added.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void SetTextBody(string value, string contentType)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        Body = new ApiRequestBody.Bytes(System.Text.Encoding.UTF8.GetBytes(value), contentType + "; charset=utf-8");
    }

    /// <summary>Sets a binary body read from the caller's stream when the request is sent (once: the request is
    /// then never retried). The stream is neither rewound nor disposed.</summary>
    /// <param name="value">The bytes; not null.</param>
    /// <param name="contentType">The media type, e.g. <c>application/octet-stream</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void SetStreamBody(Stream value, string contentType)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        Body = new ApiRequestBody.Streamed(value, contentType);
    }

    /// <summary>Makes the body an <c>application/x-www-form-urlencoded</c> form, empty until
    /// <see cref="AddFormField(string, string?)"/> adds fields.</summary>
    public void SetFormBody()
    {
        if (_form is null)
        {
            _form = new ApiPairList();
            Body = new FormBody(_form);
        }
    }

    /// <summary>Makes the body a <c>multipart/form-data</c> body, empty until parts are added.</summary>
    public void SetMultipartBody() => Multipart();

    /// <summary>Adds a field of an <c>application/x-www-form-urlencoded</c> body; a null value is skipped.</summary>
    /// <param name="name">The field name, unescaped.</param>
    /// <param name="value">The formatted value, unescaped, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    public void AddFormField(string name, string? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        SetFormBody();
        if (value is not null)
        {
            _form!.Add(name, value);
        }
    }

    /// <summary>Adds a field of an <c>application/x-www-form-urlencoded</c> body per value, in order (an exploded
    /// list); a null list or value is skipped (the body is a form even then).</summary>
    /// <param name="name">The field name, unescaped.</param>
    /// <param name="values">The formatted values, unescaped, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    public void AddFormFieldValues(string name, IEnumerable<string?>? values)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        SetFormBody();
        foreach (string? value in values ?? [])
        {
            AddFormField(name, value);
        }
    }

    /// <summary>Adds one field of an <c>application/x-www-form-urlencoded</c> body holding a list joined by
    /// <paramref name="delimiter"/> (a list or object that is not exploded): each item is escaped on its own and a
    /// comma between items is sent as it is, as for <see cref="AddQueryList"/>. A null list is skipped (the body is a
    /// form even then); a null item is an empty one.</summary>
    /// <param name="name">The field name, unescaped.</param>
    /// <param name="values">The formatted items, unescaped, or null.</param>
    /// <param name="delimiter">What separates the items: <c>,</c>, <c> </c> or <c>|</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="delimiter"/> is null or empty.</exception>
    public void AddFormFieldList(string name, IEnumerable<string?>? values, string delimiter)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(delimiter);
        SetFormBody();
        if (values is not null)
        {
            _form!.AddList(name, values, delimiter);
        }
    }

    /// <summary>Adds a text part of a <c>multipart/form-data</c> body; a null value is skipped.</summary>
    /// <param name="name">The part name.</param>
    /// <param name="value">The formatted value, or null.</param>
    /// <param name="contentType">The part's media type; <c>text/plain</c> by default.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    public void AddMultipartText(string name, string? value, string contentType = "text/plain")
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ApiMultipart multipart = Multipart();
        if (value is not null)
        {
            multipart.AddText(name, value, contentType == "text/plain" ? "text/plain; charset=utf-8" : contentType);
        }
    }

    /// <summary>Adds a JSON part of a <c>multipart/form-data</c> body (an object or list field), written now.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="name">The part name.</param>
    /// <param name="value">The value, or null to send no part.</param>
    /// <param name="converter">The converter that writes <typeparamref name="T"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    public void AddMultipartJson<T>(string name, T? value, JsonConverter<T> converter)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(converter);
        ApiMultipart multipart = Multipart();
        if (value is not null)
        {
            multipart.AddText(name, ApiJson.Write(value, converter), "application/json");
        }
    }

    /// <summary>Adds a file part of a <c>multipart/form-data</c> body; a null file is skipped. The request is then
    /// sent once, never retried.</summary>
    /// <param name="name">The part name.</param>
    /// <param name="file">The file, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    public void AddMultipartFile(string name, ApiFile? file)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ApiMultipart multipart = Multipart();
        if (file is not null)
        {
            multipart.AddFile(name, file);
        }
    }

    /// <summary>Declares that a 3xx answer is this operation's result: it is returned as success and not followed.</summary>
    public void SetRedirectIsAnswer() => RedirectIsAnswer = true;

    internal ApiMultipart Multipart(string? boundary = null)
    {
        if (_multipart is null)
        {
            _multipart = boundary is null ? new ApiMultipart() : new ApiMultipart { Boundary = boundary };
            Body = _multipart;
        }

        return _multipart;
    }

    private sealed class FormBody(ApiPairList fields) : ApiRequestBody
    {
        public override HttpContent CreateContent() =>
            new Bytes(ApiFormEncoding.Encode(fields), ApiFormEncoding.MediaType).CreateContent();
    }

    private const string CookieHeader = "Cookie";
    private const string AuthorizationHeader = "Authorization";

    // RFC 6265: a cookie name is a token and its value cookie-octets; neither holds these or a control character.
    // Percent-encodes (as UTF-8) only what a cookie value cannot hold, and '%' so the encoding stays reversible.
    private static string EscapeCookieValue(string value)
    {
        if (IsCookieText(value) && !value.Contains('%'))
        {
            return value;
        }

        var builder = new System.Text.StringBuilder(value.Length + 8);
        Span<byte> utf8 = stackalloc byte[4];
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (!char.IsControl(c) && c is not (';' or ',' or '"' or '\\' or ' ' or '%') && c <= '\u007e')
            {
                builder.Append(c);
                continue;
            }

            int length = char.IsHighSurrogate(c) && i + 1 < value.Length
                ? System.Text.Encoding.UTF8.GetBytes(value.AsSpan(i++, 2), utf8)
                : System.Text.Encoding.UTF8.GetBytes(value.AsSpan(i, 1), utf8);
            foreach (byte b in utf8[..length])
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static bool IsCookieText(string text)
    {
        foreach (char c in text)
        {
            if (char.IsControl(c) || c is ';' or ',' or '"' or '\\' or ' ' || c > '\u007e')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Escapes one path segment value with <see cref="Uri.EscapeDataString(string)"/>, so a value stays one
    /// segment: <c>a/b</c> is sent as <c>a%2Fb</c>.</summary>
    /// <param name="value">The unescaped value.</param>
    /// <returns>The escaped segment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, <c>.</c> or <c>..</c>.</exception>
    public static string EscapePath(string value) => EscapePath(value, nameof(value));

    /// <summary>Escapes one path segment value with <see cref="Uri.EscapeDataString(string)"/>, so a value stays one
    /// segment: <c>a/b</c> is sent as <c>a%2Fb</c>. Generated clients call this with their parameter's name.</summary>
    /// <param name="value">The unescaped value.</param>
    /// <param name="parameterName">The caller's parameter, named by the exception when the value is refused.</param>
    /// <returns>The escaped segment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, <c>.</c> or <c>..</c>: no escaping can
    /// send those as one segment. <c>/a//b</c> addresses another resource, and a server resolves <c>.</c> and
    /// <c>..</c> as dot segments (RFC 3986 §5.2.4) even percent-encoded, since <c>%2E</c> is <c>.</c> (§6.2.2.2):
    /// <c>/payments/%2E%2E/refunds</c> reaches <c>/refunds</c>, with the caller's credentials.</exception>
    public static string EscapePath(string value, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        return value switch
        {
            "" => throw new ArgumentException("A path parameter value must not be empty: the request would address another resource.", parameterName),
            "." or ".." => throw new ArgumentException(
                "A path parameter value must not be '.' or '..': servers resolve it as a dot segment, even percent-encoded, and the request would reach another endpoint.",
                parameterName),
            _ => Uri.EscapeDataString(value),
        };
    }
}
