using ScpStorage.Core.Threading;
using System;
using System.Collections.Generic;
using System.Linq;
using ScpStorage.Core.FileStorage;
using ScpStorage.Errors;

namespace ScpStorage.Cmdlets.FileStorage.Schedules
{
    /// <summary>
    /// The schedule entries a Set-/Remove- call names: piped entries as they are, or -VolumeId
    /// with -Id, read from the volume's list (Set- needs the whole entry: SCP's body requires
    /// every field). An id the volume does not list is ObjectNotFound for that input.
    /// </summary>
    internal static class ScheduleTargets
    {
        public static IEnumerable<ScpFileSnapshotSchedule> Resolve(ScpCmdlet cmdlet, ScpFileSnapshotSchedule[] piped, string? volumeId, string[] ids)
        {
            if (volumeId == null) return piped.Where(s => s != null);
            List<ScpFileSnapshotSchedule> listed;
            try
            {
                var client = cmdlet.Client<FileStorageClient>();
                listed = cmdlet.InvokeCall(ct => ScpBlockingWork.Start(() => client.ListSnapshotSchedules(volumeId, ct).ToList(), ct));
            }
            catch (Core.Errors.ScpRequestFailedException e)
            {
                cmdlet.WriteError(e.Status == 404 ? ScpErrorRecords.NotFound("file volume", volumeId, FileStorageClient.ServiceName) : ScpErrorRecords.From(e, volumeId));
                return Enumerable.Empty<ScpFileSnapshotSchedule>();
            }
            var found = new List<ScpFileSnapshotSchedule>();
            foreach (var id in ids)
            {
                var s = listed.FirstOrDefault(x => string.Equals(x.Id, id, StringComparison.OrdinalIgnoreCase));
                if (s == null) cmdlet.WriteError(ScpErrorRecords.NotFound("snapshot schedule", id, FileStorageClient.ServiceName));
                else found.Add(s);
            }
            return found;
        }
    }
}
