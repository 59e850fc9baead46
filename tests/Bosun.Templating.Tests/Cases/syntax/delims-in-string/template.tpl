{{ "{{ not an action }}" }}
