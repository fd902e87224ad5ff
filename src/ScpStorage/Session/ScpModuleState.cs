using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using ScpStorage.Core.Config;

namespace ScpStorage.Session
{
    /// <summary>
    /// What Connect-ScpAccount and Start-ScpEmulator leave behind, kept per runspace so two
    /// runspaces in one process (runbooks, tests, -AsJob hosts) never see each other's session.
    /// </summary>
    public sealed class ScpModuleState
    {
        private static readonly ConditionalWeakTable<Runspace, ScpModuleState> ByRunspace = new ConditionalWeakTable<Runspace, ScpModuleState>();
        private static readonly ScpModuleState NoRunspace = new ScpModuleState();

        /// <summary>The session layer of configuration (null until Connect-ScpAccount).</summary>
        public ScpSettings? Settings { get; set; }

        /// <summary>The emulator started by Start-ScpEmulator in this runspace, if any.</summary>
        public ScpEmulatorProcess? Emulator { get; set; }

        /// <summary>The state of the runspace running the current pipeline.</summary>
        public static ScpModuleState Current
        {
            get
            {
                var rs = Runspace.DefaultRunspace;
                return rs == null ? NoRunspace : ByRunspace.GetValue(rs, _ => new ScpModuleState());
            }
        }
    }
}
