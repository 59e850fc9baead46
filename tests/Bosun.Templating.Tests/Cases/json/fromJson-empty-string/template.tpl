{{ fromJson "" }}
