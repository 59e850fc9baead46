{{ printf "%T %T %T %T %T" .Values.i .Values.f .Values.s .Values.l .Values.m }}
