// The second process of the sessions concurrency test. Arguments: the PostgreSQL connection string, the Data
// Protection key folder, the sandbox's address, client id, client secret, the user key and the number of callers.
// Prints "ready", waits for a line on stdin, lets every caller ask for the user's token at once, then prints one
// line per caller: a SHA-256 of the token it got (never the token) or the failure's type.
using System.Security.Cryptography;
using System.Text;
using Aiia.Codegen.Sessions;
using Aiia.Codegen.Sessions.Probe;

if (args.Length != 7)
{
    Console.Error.WriteLine("usage: probe <connection string> <key folder> <sandbox address> <client id> <client secret> <user key> <callers>");
    return 2;
}

await using var store = new PostgresSessionStore(args[0], new SessionStoreOptions { KeyDirectory = args[1] });
var client = new AiiaAuthenticationClient(new AiiaAuthenticationClientOptions
{
    BaseAddress = new Uri(args[2]),
    ClientId = args[3],
    ClientSecret = args[4],
});
var keeper = new SessionKeeper(store, new AiiaAuthenticationClientSessionRenewer(client), new SessionKeeperOptions { RenewBefore = TimeSpan.FromMinutes(1) });
int callers = int.Parse(args[6], System.Globalization.CultureInfo.InvariantCulture);

// Warm up the connection pool and the schema check, so the callers race only for the renewal.
await store.FindAsync("warm-up");
Console.WriteLine("ready");
Console.In.ReadLine();

string[] results = await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
{
    try
    {
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(await keeper.GetAccessTokenAsync(args[5]))));
    }
    catch (Exception exception)
    {
        return "failed:" + exception.GetType().Name;
    }
})));
foreach (string result in results)
{
    Console.WriteLine(result);
}

return 0;
