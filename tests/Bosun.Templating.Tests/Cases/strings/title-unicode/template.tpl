{{ title "élan vital" }} {{ upper "ǆ" }} {{ title "ǆemal" }}
