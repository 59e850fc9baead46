{{ deepEqual 1 (int64 1) }} {{ deepEqual (int64 1) (int64 1) }} {{ deepEqual .Values.a 1.0 }}
