{{ toString true }} {{ int false }} {{ float64 false }}
