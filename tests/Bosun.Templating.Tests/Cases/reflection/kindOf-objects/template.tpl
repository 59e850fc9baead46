{{ kindOf .Capabilities }} {{ kindOf .Release }} {{ kindOf .Files }} {{ kindOf .Capabilities.APIVersions }}
