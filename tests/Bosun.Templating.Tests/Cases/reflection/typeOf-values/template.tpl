{{ typeOf .Values }} {{ typeOf .Values.i }} {{ typeOf .Values.s }} {{ typeOf .Values.l }} {{ typeOf .Values.m }} {{ typeOf .Values.b }} {{ typeOf .Values.n }}
