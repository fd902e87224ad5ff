using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.Backup;

namespace ScpStorage.Cmdlets.Backup.Schedules
{
    /// <summary>
    /// Lets -Schedule take hashtables (@{Frequency='DAILY'; Type='FULL'; StartTime='02:00:00'}),
    /// schedules read with Get-ScpBackupSchedule, or specs; unknown keys are refused with a valid
    /// example, before any request.
    /// </summary>
    public sealed class BackupScheduleTransformationAttribute : ArgumentTransformationAttribute
    {
        private static readonly string[] Known = { "Frequency", "Type", "StartTime", "StartDay", "StartWeek" };

        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            var items = inputData is PSObject p ? p.BaseObject : inputData;
            if (items is IEnumerable list && !(items is string) && !(items is IDictionary))
                return list.Cast<object?>().Select(One).ToArray();
            return new[] { One(items) };
        }

        private static ScpBackupScheduleSpec One(object? value)
        {
            if (value is PSObject p) value = p.BaseObject;
            switch (value)
            {
                case ScpBackupScheduleSpec spec: return spec;
                case ScpBackupSchedule schedule: return schedule.ToSpec();
                case IDictionary d:
                    var unknown = d.Keys.Cast<object>().Select(k => k.ToString()!).Where(k => !Known.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList();
                    if (unknown.Count > 0)
                        throw new ArgumentTransformationMetadataException(
                            $"Unknown schedule key(s) {string.Join(", ", unknown)}: use {string.Join(", ", Known)}. A valid schedule: {ScpBackupScheduleSpec.Example}.");
                    string? Get(string key) => d.Keys.Cast<object>().Where(k => string.Equals(k.ToString(), key, StringComparison.OrdinalIgnoreCase))
                        .Select(k => d[k]?.ToString()).FirstOrDefault();
                    return new ScpBackupScheduleSpec
                    {
                        Frequency = Get("Frequency") ?? "", Type = Get("Type") ?? "", StartTime = Get("StartTime") ?? "",
                        StartDay = Get("StartDay"), StartWeek = Get("StartWeek"),
                    };
                default:
                    throw new ArgumentTransformationMetadataException($"A schedule is a hashtable such as {ScpBackupScheduleSpec.Example}.");
            }
        }
    }
}
