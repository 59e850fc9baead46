{{ kindOf 1 }} {{ kindOf "s" }} {{ kindOf 1.5 }} {{ kindOf (list) }} {{ kindOf (dict) }} {{ kindOf nil }} {{ kindOf true }} {{ kindOf .Values }}
