using System;
using System.Collections.Generic;
using System.Linq;
using ScpStorage.Core.Http;
using ScpStorage.Core.VirtualServer;

namespace ScpStorage.Cmdlets.Shared
{
    /// <summary>
    /// One SCP service as the cmdlets see it: its name (in endpoints, headers and errors), how to
    /// make its typed client over an <see cref="ScpClient"/>, and its operation table (for
    /// Invoke-ScpRestMethod's path completion).
    /// </summary>
    internal abstract class ScpService
    {
        protected ScpService(string name, IReadOnlyList<ScpOperation> operations) { Name = name; Operations = operations; }

        public string Name { get; }
        public IReadOnlyList<ScpOperation> Operations { get; }
        public abstract Type ClientType { get; }
    }

    /// <summary>A service whose typed client is <typeparamref name="TClient"/>.</summary>
    internal sealed class ScpService<TClient> : ScpService where TClient : class
    {
        public ScpService(string name, Func<ScpClient, TClient> create, IReadOnlyList<ScpOperation> operations) : base(name, operations)
        {
            Create = create;
        }

        public Func<ScpClient, TClient> Create { get; }
        public override Type ClientType => typeof(TClient);
    }

    /// <summary>
    /// The registry of services the module's cmdlets call: adding a service is one line here
    /// (its client factory and operation table). <see cref="ScpCmdlet"/> never names a service;
    /// it asks this table for the client of the type a cmdlet wants.
    /// </summary>
    internal static class ScpServices
    {
        public static readonly IReadOnlyList<ScpService> All = new ScpService[]
        {
            new ScpService<VirtualServerClient>(VirtualServerClient.ServiceName, c => new VirtualServerClient(c), VirtualServerOperations.All),
            new ScpService<Core.FileStorage.FileStorageClient>(Core.FileStorage.FileStorageClient.ServiceName, c => new Core.FileStorage.FileStorageClient(c), Core.FileStorage.FileStorageOperations.All),
            new ScpService<Core.ParallelFileStorage.ParallelFileStorageClient>(Core.ParallelFileStorage.ParallelFileStorageClient.ServiceName, c => new Core.ParallelFileStorage.ParallelFileStorageClient(c), Core.ParallelFileStorage.ParallelFileStorageOperations.All),
            new ScpService<Core.BareMetalBlockStorage.BareMetalBlockStorageClient>(Core.BareMetalBlockStorage.BareMetalBlockStorageClient.ServiceName, c => new Core.BareMetalBlockStorage.BareMetalBlockStorageClient(c), Core.BareMetalBlockStorage.BareMetalBlockStorageOperations.All),
            new ScpService<Core.Backup.BackupClient>(Core.Backup.BackupClient.ServiceName, c => new Core.Backup.BackupClient(c), Core.Backup.BackupOperations.All),
            new ScpService<Core.ArchiveStorage.ArchiveStorageClient>(Core.ArchiveStorage.ArchiveStorageClient.ServiceName, c => new Core.ArchiveStorage.ArchiveStorageClient(c), Core.ArchiveStorage.ArchiveStorageOperations.All),
        };

        /// <summary>The service of a typed client, looked up once per type (a static field afterwards, no per-call lookup).</summary>
        public static class Of<TClient> where TClient : class
        {
            public static readonly ScpService<TClient> Service = All.OfType<ScpService<TClient>>().SingleOrDefault()
                ?? throw new InvalidOperationException($"{typeof(TClient).Name} is not registered in {nameof(ScpServices)}.");
        }

        /// <summary>The operations of a service by its name (empty for a service without a table yet).</summary>
        public static IReadOnlyList<ScpOperation> OperationsOf(string service) =>
            All.FirstOrDefault(s => string.Equals(s.Name, service, StringComparison.OrdinalIgnoreCase))?.Operations ?? Array.Empty<ScpOperation>();
    }
}
