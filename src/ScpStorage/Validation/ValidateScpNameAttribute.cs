using System.Management.Automation;
using System.Text.RegularExpressions;

namespace ScpStorage.Validation
{
    /// <summary>
    /// Checks a name against SCP's pattern before any request is sent, with a message that says
    /// what is allowed (ValidatePattern in Windows PowerShell 5.1 can only echo the regex).
    /// </summary>
    public sealed class ValidateScpNameAttribute : ValidateArgumentsAttribute
    {
        private readonly Regex _pattern;

        public ValidateScpNameAttribute(string pattern, string allowed)
        {
            _pattern = new Regex(pattern, RegexOptions.CultureInvariant);
            Allowed = allowed;
        }

        /// <summary>Plain-language description of the allowed names.</summary>
        public string Allowed { get; }

        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            var value = arguments is PSObject p ? p.BaseObject : arguments;
            if (value is string s && _pattern.IsMatch(s)) return;
            throw new ValidationMetadataException($"'{value}' is not a valid name. {Allowed}");
        }
    }

    /// <summary>The name rules of Virtual Server volumes and snapshots.</summary>
    internal static class VirtualServerNames
    {
        public const string VolumePattern = "^[a-zA-Z0-9-_ ]{1,255}$";
        public const string VolumeAllowed = "Use 1-255 letters, digits, spaces, '-' or '_'.";
    }
}
