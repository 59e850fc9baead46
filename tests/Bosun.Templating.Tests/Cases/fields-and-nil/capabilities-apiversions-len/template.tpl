{{ len .Capabilities.APIVersions }}
