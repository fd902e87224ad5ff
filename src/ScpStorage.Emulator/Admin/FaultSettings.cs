using System;
using System.Globalization;
using System.Text.Json.Nodes;
using ScpStorage.Emulator.Http;

namespace ScpStorage.Emulator.Admin;

/// <summary>Applies the JSON body of PUT /_emulator/faults; fields that are absent stay as they are.</summary>
internal static class FaultSettings
{
    public static void Apply(FaultOptions faults, JsonObject body)
    {
        try
        {
            if (body["latency_ms"] is JsonNode latency) faults.Latency = TimeSpan.FromMilliseconds(latency.GetValue<double>());
            if (body["drop_rate"] is JsonNode drop) faults.DropRate = drop.GetValue<double>();
            if (body["lose_rate"] is JsonNode lose) faults.LoseRate = lose.GetValue<double>();
            if (body["late_rate"] is JsonNode late) faults.LateRate = late.GetValue<double>();
            if (body["late_answer_ms"] is JsonNode lateMs) faults.LateAnswerDelay = TimeSpan.FromMilliseconds(lateMs.GetValue<double>());
            if (body["retry_after_seconds"] is JsonNode retry) faults.RetryAfterSeconds = retry.GetValue<int>();
            if (body["error_rates"] is JsonObject rates)
            {
                faults.ErrorRates.Clear();
                foreach (var (status, rate) in rates)
                    faults.ErrorRates[int.Parse(status, NumberStyles.None, CultureInfo.InvariantCulture)] = rate!.GetValue<double>();
            }
            if (body["fail_next"] is JsonObject fail)
                faults.FailNext(fail["count"]?.GetValue<int>() ?? 1, fail["status"]!.GetValue<int>(),
                    fail["retry_after_seconds"]?.GetValue<int>(), fail["method"]?.GetValue<string>());
            if (body["drop_next"] is JsonObject dropNext)
                faults.DropNext(dropNext["count"]?.GetValue<int>() ?? 1, dropNext["method"]?.GetValue<string>());
            // {"lose_next":{"count":1,"method":"POST","late":false}}: handled, then the answer is dropped (or held).
            if (body["lose_next"] is JsonObject loseNext)
                faults.LoseNext(loseNext["count"]?.GetValue<int>() ?? 1, loseNext["method"]?.GetValue<string>(), loseNext["late"]?.GetValue<bool>() ?? false);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or NullReferenceException or OverflowException)
        {
            throw new ValidationException("body", "faults", "Invalid fault settings: " + e.Message, "value_error");
        }
    }
}
