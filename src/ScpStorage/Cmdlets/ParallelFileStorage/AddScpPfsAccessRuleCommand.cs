using ScpStorage.Core.Threading;
using System;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.ParallelFileStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.ParallelFileStorage
{
    /// <summary>
    /// Lets GPU nodes mount Parallel File Storage volumes (SetAccessRule: the nodes in
    /// add_access_rules, remove_access_rules empty), all of one call's nodes in one request per
    /// volume. Returns the nodes as the volume lists them, or with -Wait once every IP is active.
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "ScpPfsAccessRule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ByVolume)]
    [OutputType(typeof(ScpPfsAccessRule))]
    public sealed class AddScpPfsAccessRuleCommand : PfsChildCmdlet
    {
        /// <summary>Ids of the GPU nodes.</summary>
        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string[] ObjectId { get; set; } = Array.Empty<string>();

        /// <summary>The object type; GPU_NODE is the only one SCP documents.</summary>
        [Parameter]
        [ValidateSet(ParallelFileStorageClient.GpuNode)]
        public string ObjectType { get; set; } = ParallelFileStorageClient.GpuNode;

        protected override void ProcessRecord()
        {
            var nodes = ObjectId.Distinct().ToArray();
            foreach (var volume in Volumes())
            {
                if (!ShouldProcess(volume.ToString(), $"Let GPU node(s) {string.Join(", ", nodes)} mount the parallel file volume")) continue;
                var volumeId = volume.Id;
                Run(new ScpWorkItem($"Add GPU node access to parallel file volume {volume}", volume, async ctx =>
                {
                    var pfs = new ParallelFileStorageClient(ctx.Client);
                    await pfs.SetAccessRulesAsync(volumeId, nodes, Array.Empty<string>(), ctx.CancellationToken).ConfigureAwait(false);
                    foreach (var node in nodes)
                    {
                        var rule = ctx.Wait != null
                            ? await pfs.WaitForAccessRuleAsync(volumeId, node, present: true, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false)
                            : await ScpBlockingWork.Start(() => pfs.ListAccessRules(volumeId, ctx.CancellationToken).FirstOrDefault(a => a.ObjectId == node), ctx.CancellationToken).ConfigureAwait(false);
                        if (rule != null) ctx.Output.Object(rule);
                    }
                }, ConnectionFor(volume)));
            }
        }
    }
}
