using System.Collections;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.Config;
using ScpStorage.Core.Http;
using ScpStorage.Execution;
using ScpStorage.Output;

namespace ScpStorage.Cmdlets.Rest
{
    /// <summary>
    /// Calls any SCP operation, signed and retried like every other cmdlet, and returns the
    /// parsed answer: the escape hatch for operations no cmdlet wraps yet.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "ScpRestMethod", SupportsShouldProcess = true)]
    [OutputType(typeof(PSObject))]
    public sealed class InvokeScpRestMethodCommand : ScpJobCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateSet(ScpApiVersions.VirtualServer, ScpApiVersions.BareMetalBlockStorage, ScpApiVersions.FileStorage,
            ScpApiVersions.ParallelFileStorage, ScpApiVersions.Backup, ScpApiVersions.ArchiveStorage)]
        public string Service { get; set; } = "";

        /// <summary>Path below the service root, e.g. /v1/volumes/{volume_id} (with -PathParameters) or /v1/volumes.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidatePattern("^/")]
        [ArgumentCompleter(typeof(Completion.RestPathCompleter))]
        public string Path { get; set; } = "";

        [Parameter]
        [ValidateSet("GET", "POST", "PUT", "DELETE", "PATCH", IgnoreCase = true)]
        public string Method { get; set; } = "GET";

        /// <summary>Values for {placeholders} in -Path; they are escaped for you.</summary>
        [Parameter]
        public Hashtable? PathParameters { get; set; }

        /// <summary>Query parameters; an array value repeats the key.</summary>
        [Parameter]
        public Hashtable? Query { get; set; }

        /// <summary>Request body: a hashtable, an object or a JSON string.</summary>
        [Parameter(ValueFromPipeline = true)]
        public object? Body { get; set; }

        /// <summary>Name used in logs and errors (default: METHOD path).</summary>
        [Parameter]
        public string? Operation { get; set; }

        protected override void ProcessRecord()
        {
            var method = Method.ToUpperInvariant();
            var q = Path.IndexOf('?');
            var request = new ScpRequest(Service, Operation ?? $"{method} {Path}", method, q < 0 ? Path : Path.Substring(0, q));
            // A query written into -Path is kept: it joins -Query and is re-encoded canonically.
            if (q >= 0)
                foreach (var pair in Path.Substring(q + 1).Split(new[] { '&' }, System.StringSplitOptions.RemoveEmptyEntries))
                {
                    var eq = pair.IndexOf('=');
                    string Decode(string x) => System.Uri.UnescapeDataString(x.Replace('+', ' '));
                    request.WithQuery(Decode(eq < 0 ? pair : pair.Substring(0, eq)), eq < 0 ? "" : Decode(pair.Substring(eq + 1)));
                }
            if (PathParameters != null)
                foreach (DictionaryEntry e in PathParameters) request.WithPath(e.Key.ToString()!, e.Value?.ToString() ?? "");
            foreach (var kv in JsonToPowerShell.Query(Query)) request.WithQuery(kv.Key, kv.Value);
            if (Body != null) request.WithBody(JsonToPowerShell.FromPowerShell(Body));

            string relative;
            try { relative = request.RelativeUrl(); }
            catch (System.ArgumentException e) { WriteError(Errors.ScpErrorRecords.InvalidArgument(e.Message, Path)); return; }
            if (method != "GET" && !ShouldProcess($"{Service} {relative}", method)) return;
            Run(new ScpWorkItem($"{method} {Service} {relative}", relative, async context =>
            {
                var response = await context.Client.SendAsync(request, context.CancellationToken).ConfigureAwait(false);
                var result = JsonToPowerShell.ToPowerShell(response.Json);
                if (result is object[] items) foreach (var item in items) context.Output.Object(item!);
                else if (result != null) context.Output.Object(result);
            }));
        }
    }
}
