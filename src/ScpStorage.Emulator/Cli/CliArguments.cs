using System;
using System.Collections.Generic;
using System.Globalization;

namespace ScpStorage.Emulator.Cli;

/// <summary>Hand-written argument parser for the emulator CLI (no System.CommandLine dependency).</summary>
internal static class CliArguments
{
    public const string DefaultDatabase = "scp-emulator.db";

    public const string Help = @"ScpStorage SCP API emulator

Usage: dotnet run --project src/ScpStorage.Emulator -- [options]

Options:
  --port <n>                     TCP port (default 8642; 0 = any free port)
  --host <address>               Address to listen on (default 127.0.0.1)
  --db <path>                    SQLite file that keeps state across restarts (default scp-emulator.db)
  --in-memory                    Keep state in memory only (lost on exit)
  --access-key <key>             Access key clients sign with (default demo-access-key; env SCP_EMULATOR_ACCESS_KEY)
  --secret-key <key>             Secret key (default demo-secret-key; prefer env SCP_EMULATOR_SECRET_KEY:
                                 a command line is visible to every user in ps; printed only if demo)
  --account-id <id>              Account id (default demo-account; env SCP_EMULATOR_ACCOUNT_ID)
  --timestamp-window <seconds>   Allowed Scp-Timestamp skew either way (default 300)
  --allow-deprecated-versions    Accept API versions whose Not Before date has passed
  --transition-delay <ms>        How long creating/attaching/extending/... states last (default 2000)
  --seed-volumes <n>             Add n volumes (seed-vol-000001...) at start
  --seed-snapshots <n>           Add n snapshots at start
  --seed-services <a,b,...>      Services the seed options fill (default: every service)
  --latency <ms>                 Delay added to every API request
  --error-rate <status=p,...>    Random error answers, e.g. 429=0.1,503=0.05
  --drop-rate <p>                Probability of dropping the connection without an answer, e.g. 0.01
  --lose-rate <p>                Probability of doing the work and then dropping the answer, e.g. 0.01
  --late-rate <p>                Probability of doing the work and holding the answer for --late-answer-ms
  --late-answer-ms <ms>          How long a late answer is held (default 30000; set it past the client's timeout)
  --retry-after <seconds>        Retry-After sent with injected 429/503 answers (default 1)
  --parent-pid <pid>             Stop when process <pid> ends (Start-ScpEmulator passes its own)
  -h, --help                     Show this help

Regions: each region of each environment keeps its own state. Address one with a path prefix:
/{environment}/{region}/{service}/v1/... (endpoint template {base}/{environment}/{region}/{service},
e.g. /e/kr-east1/virtualserver/v1/volumes). /{service}/v1/... without a prefix is region kr-west1 of
environment e, the region Start-ScpEmulator's session uses. A --db file holds kr-west1 (e); other
regions use files beside it (scp-emulator.s.kr-east1.db). GET /iam/v1/endpoints lists environment e
(/{environment}/{region}/iam/v1/endpoints lists that environment).

Admin routes (unsigned, for every region; a logged request names its region and environment): GET /_emulator/health, GET|DELETE /_emulator/requests,
GET|PUT|DELETE /_emulator/faults (fields: latency_ms, error_rates, drop_rate, lose_rate, late_rate,
late_answer_ms, retry_after_seconds, fail_next{count,status,method}, drop_next{count,method},
lose_next{count,method,late}), POST /_emulator/seed {""volumes"":N,""snapshots"":M[,""region"":""kr-east1"",""environment"":""e""]}
(default region unless named),
POST /_emulator/shutdown (from this machine only: stop cleanly, as Stop-ScpEmulator does).
";

    /// <summary>Parses <paramref name="args"/> over the CLI defaults and environment; returns null and an error, or null with <paramref name="help"/> set.</summary>
    public static EmulatorOptions? Parse(IReadOnlyList<string> args, out bool help, out string? error)
    {
        help = false;
        error = null;
        var o = new EmulatorOptions { Port = 8642, DatabasePath = DefaultDatabase, TransitionDelay = TimeSpan.FromSeconds(2) }.ApplyEnvironment();
        try
        {
            for (int i = 0; i < args.Count; i++)
            {
                var arg = args[i];
                string Next() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{arg} needs a value.");
                switch (arg)
                {
                    case "-h": case "--help": case "-?": help = true; return null;
                    case "--port": o.Port = Int(Next(), arg); break;
                    case "--host": o.Host = Next(); break;
                    case "--db": o.DatabasePath = Next(); break;
                    case "--in-memory": o.DatabasePath = null; break;
                    case "--access-key": o.AccessKey = Next(); break;
                    case "--secret-key": o.SecretKey = Next(); break;
                    case "--account-id": o.AccountId = Next(); break;
                    case "--timestamp-window": o.TimestampWindow = TimeSpan.FromSeconds(Double(Next(), arg)); break;
                    case "--allow-deprecated-versions": o.AllowDeprecatedVersions = true; break;
                    case "--transition-delay": o.TransitionDelay = TimeSpan.FromMilliseconds(Double(Next(), arg)); break;
                    case "--seed-volumes": o.SeedVolumes = Int(Next(), arg); break;
                    case "--seed-snapshots": o.SeedSnapshots = Int(Next(), arg); break;
                    case "--seed-services": o.SeedServices = Names(Next(), arg); break;
                    case "--latency": o.Faults.Latency = TimeSpan.FromMilliseconds(Double(Next(), arg)); break;
                    case "--error-rate": ErrorRates(Next(), o.Faults); break;
                    case "--drop-rate": o.Faults.DropRate = Probability(Next(), arg); break;
                    case "--lose-rate": o.Faults.LoseRate = Probability(Next(), arg); break;
                    case "--late-rate": o.Faults.LateRate = Probability(Next(), arg); break;
                    case "--late-answer-ms": o.Faults.LateAnswerDelay = TimeSpan.FromMilliseconds(Double(Next(), arg)); break;
                    case "--retry-after": o.Faults.RetryAfterSeconds = Int(Next(), arg); break;
                    case "--parent-pid": o.ParentProcessId = Int(Next(), arg); break;
                    default: throw new FormatException($"Unknown option '{arg}'. Use --help to list options.");
                }
            }
            return o;
        }
        catch (FormatException e)
        {
            error = e.Message;
            return null;
        }
    }

    private static void ErrorRates(string value, FaultOptions faults)
    {
        foreach (var pair in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=');
            if (parts.Length != 2) throw new FormatException($"--error-rate expects status=probability pairs, got '{pair}'.");
            faults.ErrorRates[Int(parts[0], "--error-rate")] = Probability(parts[1], "--error-rate");
        }
    }

    private static string[] Names(string value, string option)
    {
        var names = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0) throw new FormatException($"{option} expects service names separated by commas, got '{value}'.");
        try { new Services.ServiceRegistry().ToSeed(names); }
        catch (ArgumentException e) { throw new FormatException($"{option}: {e.Message}"); }
        return names;
    }

    private static int Int(string value, string option) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
            : throw new FormatException($"{option} expects a non-negative integer, got '{value}'.");

    private static double Double(string value, string option) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d >= 0 ? d
            : throw new FormatException($"{option} expects a non-negative number, got '{value}'.");

    private static double Probability(string value, string option)
    {
        var p = Double(value, option);
        return p <= 1 ? p : throw new FormatException($"{option} expects a probability between 0 and 1, got '{value}'.");
    }
}
