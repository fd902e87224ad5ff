using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Config;

namespace ScpStorage.Core.VirtualServer
{
    /// <summary>A virtual server, as far as block storage needs it (ServerShowResponse, flattened).</summary>
    public sealed class ScpServer : ScpResource
    {
        public string Id { get; internal set; } = "";
        public string? Name { get; internal set; }
        /// <summary>Server state in SCP's upper case: ACTIVE, SHUTOFF, BUILD, ERROR, ...</summary>
        public string? State { get; internal set; }
        /// <summary>Server type name, e.g. s1v1m2.</summary>
        public string? ServerType { get; internal set; }
        public string? ServerTypeId { get; internal set; }
        public int? Vcpus { get; internal set; }
        /// <summary>Memory in GB.</summary>
        public int? Ram { get; internal set; }
        /// <summary>Every IP address of every subnet, in payload order.</summary>
        public string[] IpAddresses { get; internal set; } = Array.Empty<string>();
        public string? VpcId { get; internal set; }
        /// <summary>virtual_server, gpu_server, k8s_vm or k8s_gpu_vm.</summary>
        public string? ProductOffering { get; internal set; }
        /// <summary>compute or container.</summary>
        public string? ProductCategory { get; internal set; }
        public string? ImageId { get; internal set; }
        public string? KeypairName { get; internal set; }
        public string? AutoScalingGroupId { get; internal set; }
        public string? ServerGroupId { get; internal set; }
        public bool Locked { get; internal set; }
        public string[] SecurityGroups { get; internal set; } = Array.Empty<string>();
        /// <summary>Ids of the attached volumes.</summary>
        public string[] VolumeIds { get; internal set; } = Array.Empty<string>();
        public string? AccountId { get; internal set; }
        public DateTimeOffset? CreatedAt { get; internal set; }
        public DateTimeOffset? ModifiedAt { get; internal set; }
        /// <summary>Server metadata; null when absent (SCP's example sends "" instead of an object).</summary>
        public IDictionary<string, object?>? Metadata { get; internal set; }

        internal static ScpServer FromJson(JObject o, ScpConnection? c)
        {
            var type = VsJson.Obj(o, "server_type");
            return new ScpServer
            {
                Id = VsJson.Str(o, "id") ?? "",
                Name = VsJson.Str(o, "name"),
                State = VsJson.Str(o, "state") ?? VsJson.Str(o, "status"),
                // Some payloads give server_type as a bare name string.
                ServerType = type != null ? VsJson.Str(type, "name") : VsJson.Str(o, "server_type"),
                ServerTypeId = type != null ? VsJson.Str(type, "id") : VsJson.Str(o, "server_type_id"),
                Vcpus = VsJson.Int(type, "vcpus"),
                Ram = VsJson.Int(type, "ram"),
                IpAddresses = VsJson.Objects(o, "addresses")
                    .SelectMany(a => VsJson.Objects(a, "ip_addresses"))
                    .Select(ip => VsJson.Str(ip, "ip_address"))
                    .Where(ip => !string.IsNullOrEmpty(ip)).Select(ip => ip!).ToArray(),
                VpcId = VsJson.Str(o, "vpc_id"),
                ProductOffering = VsJson.Str(o, "product_offering"),
                ProductCategory = VsJson.Str(o, "product_category"),
                ImageId = VsJson.Str(o, "image_id"),
                KeypairName = VsJson.Str(o, "keypair_name"),
                AutoScalingGroupId = VsJson.Str(o, "auto_scaling_group_id"),
                ServerGroupId = VsJson.Str(o, "server_group_id"),
                Locked = VsJson.Bool(o, "locked") ?? false,
                SecurityGroups = VsJson.Objects(o, "security_groups").Select(g => VsJson.Str(g, "name"))
                    .Where(n => n != null).Select(n => n!).ToArray(),
                VolumeIds = VsJson.Objects(o, "volumes").Select(v => VsJson.Str(v, "id"))
                    .Where(id => id != null).Select(id => id!).ToArray(),
                AccountId = VsJson.Str(o, "account_id"),
                CreatedAt = VsJson.Date(o, "created_at"),
                ModifiedAt = VsJson.Date(o, "modified_at"),
                Metadata = VsJson.Dict(o, "metadata"),
            }.Stamp<ScpServer>(VirtualServerClient.ServiceName, c);
        }

        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : $"{Name} ({Id})";
    }
}
