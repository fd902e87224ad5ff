using ScpStorage.Core.Waiting;

namespace ScpStorage.Core.BareMetalBlockStorage
{
    /// <summary>
    /// Volume and volume group states as documented (seed 003 §3, upper case; the table compares
    /// case-insensitively). A state in neither list is settled: AVAILABLE, IN_USE, DELETED.
    /// </summary>
    public static class BareMetalBlockStorageStates
    {
        public static readonly ScpStateTable Volume = new ScpStateTable(
            new[] { "CREATING", "ATTACHING", "DETACHING", "EDITING", "DELETING" },
            new[] { "ERROR", "ERROR_EDITING", "ERROR_DELETING" });

        public static readonly ScpStateTable VolumeGroup = new ScpStateTable(
            new[] { "CREATING", "EDITING", "DELETING" },
            new[] { "ERROR", "ERROR_EDITING", "ERROR_DELETING" });
    }
}
