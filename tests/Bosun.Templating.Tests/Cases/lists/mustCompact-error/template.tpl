{{ mustCompact 7 }}
