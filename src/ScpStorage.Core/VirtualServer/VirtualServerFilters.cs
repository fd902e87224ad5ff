using System.Collections.Generic;

namespace ScpStorage.Core.VirtualServer
{
    /// <summary>Server-side filters of List volumes and details; null means "any".</summary>
    public sealed class VolumeFilter
    {
        public string? Name { get; set; }
        public string? State { get; set; }
        public bool? Bootable { get; set; }
    }

    /// <summary>Server-side filters of List snapshots and details.</summary>
    public sealed class SnapshotFilter
    {
        public string? VolumeId { get; set; }
        public string? Name { get; set; }
    }

    /// <summary>Server-side filters of List Virtual Servers.</summary>
    public sealed class ServerFilter
    {
        public string? Name { get; set; }
        /// <summary>Any IP address of the server.</summary>
        public string? Ip { get; set; }
        /// <summary>E.g. ACTIVE, SHUTOFF.</summary>
        public string? State { get; set; }
        /// <summary>compute or container.</summary>
        public string? ProductCategory { get; set; }
        /// <summary>One or more of virtual_server, gpu_server, k8s_vm, k8s_gpu_vm (sent as a repeated key).</summary>
        public IList<string>? ProductOffering { get; set; }
        public string? VpcId { get; set; }
        public string? ServerTypeId { get; set; }
        public string? AutoScalingGroupId { get; set; }
    }

    /// <summary>The body of Create Volume.</summary>
    public sealed class VolumeCreateSpec
    {
        /// <summary>Required: 1–255 characters of letters, digits, '-', '_' and spaces.</summary>
        public string Name { get; set; } = "";
        /// <summary>Required: size in GB, at least 8.</summary>
        public int Size { get; set; }
        /// <summary>Volume type name or id (SSD, HDD, SSD_KMS, ...); null for the default type.</summary>
        public string? VolumeType { get; set; }
        /// <summary>Create the volume from this snapshot (size must be at least the snapshot's).</summary>
        public string? SnapshotId { get; set; }
        public IDictionary<string, string?>? Tags { get; set; }
    }
}
