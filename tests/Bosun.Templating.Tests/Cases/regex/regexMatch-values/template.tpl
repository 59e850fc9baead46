{{ regexMatch .Values.re .Values.s }}
