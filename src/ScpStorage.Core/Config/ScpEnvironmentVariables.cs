using System;

namespace ScpStorage.Core.Config
{
    /// <summary>
    /// Reads settings from environment variables: the SCP_* names first, then the Terraform
    /// provider's SCP_TF_* names as a separate, lower layer so existing automation keeps working.
    /// </summary>
    public static class ScpEnvironmentVariables
    {
        public const string ScpSource = "environment (SCP_*)";
        public const string TerraformSource = "environment (SCP_TF_*)";

        public static ScpSettingsLayer Scp(Func<string, string?> env) => new ScpSettingsLayer(ScpSource, new ScpSettings
        {
            AccessKey = Get(env, "SCP_ACCESS_KEY"),
            SecretKey = Secret(Get(env, "SCP_SECRET_KEY")),
            AccountId = Get(env, "SCP_ACCOUNT_ID"),
            AuthToken = Secret(Get(env, "SCP_AUTH_TOKEN")),
            Region = Get(env, "SCP_REGION"),
            Environment = Get(env, "SCP_ENVIRONMENT") ?? ScpEndpoints.EnvironmentFromAuthUrl(Get(env, "SCP_AUTH_URL")),
            EndpointUrl = Get(env, "SCP_ENDPOINT_URL"),
            AuthUrl = Get(env, "SCP_AUTH_URL"),
            Profile = Get(env, "SCP_PROFILE"),
        });

        public static ScpSettingsLayer Terraform(Func<string, string?> env)
        {
            var s = new ScpSettings
            {
                AccessKey = Get(env, "SCP_TF_ACCESS_KEY"),
                SecretKey = Secret(Get(env, "SCP_TF_SECRET_KEY")),
                AccountId = Get(env, "SCP_TF_ACCOUNT_ID"),
                AuthToken = Secret(Get(env, "SCP_TF_AUTH_TOKEN")),
                Region = Get(env, "SCP_TF_DEFAULT_REGION"),
                EndpointUrl = Get(env, "SCP_TF_ENDPOINT_OVERRIDE"),
                AuthUrl = Get(env, "SCP_TF_AUTH_URL"),
            };
            s.Environment = ScpEndpoints.EnvironmentFromAuthUrl(s.AuthUrl);
            return new ScpSettingsLayer(TerraformSource, s);
        }

        private static string? Get(Func<string, string?> env, string name)
        {
            var v = env(name);
            return string.IsNullOrWhiteSpace(v) ? null : v!.Trim();
        }

        private static ScpSecret? Secret(string? v) => v == null ? null : new ScpSecret(v);
    }
}
