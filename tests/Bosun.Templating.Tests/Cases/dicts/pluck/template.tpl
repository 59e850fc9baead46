{{ pluck "a" (dict "a" 1) (dict "b" 2) (dict "a" 3) }} {{ pluck "x" (dict) }}
