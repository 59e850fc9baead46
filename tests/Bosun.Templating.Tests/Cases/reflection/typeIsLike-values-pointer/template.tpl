{{ typeIsLike "common.Values" .Values }} {{ typeIsLike "chartutil.Values" .Values }} {{ typeIsLike "*common.Capabilities" .Capabilities }}
