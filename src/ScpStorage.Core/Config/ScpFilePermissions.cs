using System;
using System.IO;
using System.Reflection;

namespace ScpStorage.Core.Config
{
    /// <summary>
    /// Whether a file is readable by every user. Unix permissions are read through
    /// File.GetUnixFileMode, which exists on the .NET that PowerShell 7 runs on but not in
    /// netstandard2.0, hence the reflection; on Windows (NTFS ACLs) the check is not made.
    /// </summary>
    internal static class ScpFilePermissions
    {
        private const int OtherRead = 4; // UnixFileMode.OtherRead

        private static readonly MethodInfo? GetUnixFileMode =
            Environment.OSVersion.Platform == PlatformID.Unix || Environment.OSVersion.Platform == PlatformID.MacOSX
                ? typeof(File).GetMethod("GetUnixFileMode", new[] { typeof(string) })
                : null;

        public static bool IsWorldReadable(string path)
        {
            if (GetUnixFileMode == null) return false;
            try { return (Convert.ToInt32(GetUnixFileMode.Invoke(null, new object[] { path })) & OtherRead) != 0; }
            catch (TargetInvocationException) { return false; }
        }
    }
}
