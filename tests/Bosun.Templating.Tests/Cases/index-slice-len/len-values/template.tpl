{{ len .Values.l }} {{ len .Values.m }} {{ len .Values.s }}
