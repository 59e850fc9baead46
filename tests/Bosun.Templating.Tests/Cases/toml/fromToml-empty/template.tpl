{{ fromToml "" }}
