{{ typeOf . }} {{ typeOf .Values }} {{ typeOf .Template }} {{ typeOf .Subcharts }} {{ typeOf .Files }}
