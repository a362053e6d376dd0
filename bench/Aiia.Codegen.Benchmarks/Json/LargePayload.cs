using System.Globalization;
using System.Text;

namespace Aiia.Codegen.Benchmarks.Json;

/// <summary>The large body of the JSON benchmarks: a statement of 200 transactions (61 KB), built
/// deterministically, so that every run reads the same bytes.</summary>
internal static class LargePayload
{
    public const int Transactions = 200;

    public static readonly byte[] Statement = Encoding.UTF8.GetBytes(Build());

    private static string Build()
    {
        string[] kinds = ["card", "transfer", "fee", "interest"];
        var json = new StringBuilder();
        json.Append("""{"accountId":"DK5000400440116243","opening":{"amount":1520.75,"currency":"DKK"},"kinds":["card","transfer","fee","interest"],"transactions":[""");
        for (int i = 0; i < Transactions; i++)
        {
            string n = i.ToString(CultureInfo.InvariantCulture);
            string day = (1 + (i % 28)).ToString("00", CultureInfo.InvariantCulture);
            json.Append(i == 0 ? "" : ",")
                .Append("{\"id\":\"").Append(new Guid(i, 7, 9, 1, 2, 3, 4, 5, 6, 7, 8).ToString("D"))
                .Append("\",\"kind\":\"").Append(kinds[i % kinds.Length])
                .Append("\",\"booked\":\"2024-03-").Append(day).Append("T10:15:00+01:00")
                .Append("\",\"valueDate\":\"2024-03-").Append(day)
                .Append("\",\"value\":{\"amount\":-").Append(n).Append(".25,\"currency\":\"DKK\"}")
                .Append(",\"text\":\"Card payment at shop number ").Append(n)
                .Append("\",\"reference\":").Append(i % 3 == 0 ? "null" : "\"REF-" + n + "\"")
                .Append(",\"tags\":[\"groceries\",\"weekly\"],\"labels\":{\"category\":\"food\",\"source\":\"card\"}}");
        }

        return json.Append("]}").ToString();
    }
}
