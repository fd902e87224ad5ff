using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core;
using ScpStorage.Core.ArchiveStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.ArchiveStorage.Buckets
{
    /// <summary>The shape of Set-ScpArchiveBucketEncryption and -Versioning: -BucketId by property name, -Enabled, ShouldProcess, -AsJob.</summary>
    public abstract class ArchiveSettingCmdlet : ScpJobCmdlet
    {
        /// <summary>The archive bucket (bound from a piped bucket's BucketId).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.ArchiveBucketCompleter))]
        public string BucketId { get; set; } = "";

        /// <summary>$true to turn the setting on, $false to turn it off.</summary>
        [Parameter(Mandatory = true)]
        public bool Enabled { get; set; }

        /// <summary>Do not ask for confirmation (asked only when turning the setting off).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>"encryption" or "versioning", for messages.</summary>
        private protected abstract string Setting { get; }

        private protected abstract Func<ArchiveStorageClient, string, bool, CancellationToken, Task<ScpResource>> Apply { get; }

        protected override void ProcessRecord()
        {
            var (id, enabled) = (BucketId, Enabled);
            var action = $"{(enabled ? "Enable" : "Disable")} {Setting}";
            // Turning a protection off is confirmed (High); turning it on is not.
            if (!enabled ? !ShouldProcess(id, action, Force) || !(Force || ShouldContinue($"{action} of archive bucket {id}?", "Confirm")) : !ShouldProcess(id, action))
                return;
            Run(new ScpWorkItem($"{action} of archive bucket {id}", id, async ctx =>
                ctx.Output.Object(await Apply(new ArchiveStorageClient(ctx.Client), id, enabled, ctx.CancellationToken).ConfigureAwait(false))));
        }
    }
}
